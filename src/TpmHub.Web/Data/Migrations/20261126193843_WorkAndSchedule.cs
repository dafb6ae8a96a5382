using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TpmHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class WorkAndSchedule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "baselines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    project_finish = table.Column<DateOnly>(type: "date", nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_baselines", x => x.id);
                    table.ForeignKey(
                        name: "fk_baselines_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_holidays",
                columns: table => new
                {
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_project_holidays", x => new { x.project_id, x.date });
                    table.ForeignKey(
                        name: "fk_project_holidays_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_item_sequences",
                columns: table => new
                {
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    next_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_item_sequences", x => x.project_id);
                    table.ForeignKey(
                        name: "fk_work_item_sequences_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    priority = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    assignee_id = table.Column<string>(type: "text", nullable: true),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    duration_days = table.Column<int>(type: "integer", nullable: false),
                    optimistic = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    most_likely = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    pessimistic = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    percent_complete = table.Column<int>(type: "integer", nullable: false),
                    budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    start_no_earlier_than = table.Column<DateOnly>(type: "date", nullable: true),
                    actual_start = table.Column<DateOnly>(type: "date", nullable: true),
                    actual_finish = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_items_asp_net_users_assignee_id",
                        column: x => x.assignee_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_work_items_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_work_items_work_items_parent_id",
                        column: x => x.parent_id,
                        principalTable: "work_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "baseline_items",
                columns: table => new
                {
                    baseline_id = table.Column<Guid>(type: "uuid", nullable: false),
                    work_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    start = table.Column<DateOnly>(type: "date", nullable: true),
                    finish = table.Column<DateOnly>(type: "date", nullable: true),
                    duration_days = table.Column<int>(type: "integer", nullable: false),
                    budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_baseline_items", x => new { x.baseline_id, x.work_item_id });
                    table.ForeignKey(
                        name: "fk_baseline_items_baselines_baseline_id",
                        column: x => x.baseline_id,
                        principalTable: "baselines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dependencies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    predecessor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    successor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    lag_days = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dependencies", x => x.id);
                    table.CheckConstraint("ck_dependencies_not_self", "predecessor_id <> successor_id");
                    table.ForeignKey(
                        name: "fk_dependencies_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_dependencies_work_items_predecessor_id",
                        column: x => x.predecessor_id,
                        principalTable: "work_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_dependencies_work_items_successor_id",
                        column: x => x.successor_id,
                        principalTable: "work_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_item_schedules",
                columns: table => new
                {
                    work_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    early_start_offset = table.Column<int>(type: "integer", nullable: false),
                    early_finish_offset = table.Column<int>(type: "integer", nullable: false),
                    early_start = table.Column<DateOnly>(type: "date", nullable: false),
                    early_finish = table.Column<DateOnly>(type: "date", nullable: false),
                    late_start = table.Column<DateOnly>(type: "date", nullable: false),
                    late_finish = table.Column<DateOnly>(type: "date", nullable: false),
                    total_float = table.Column<int>(type: "integer", nullable: false),
                    free_float = table.Column<int>(type: "integer", nullable: false),
                    critical = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_item_schedules", x => x.work_item_id);
                    table.ForeignKey(
                        name: "fk_work_item_schedules_work_items_work_item_id",
                        column: x => x.work_item_id,
                        principalTable: "work_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_baselines_project_id_created_at",
                table: "baselines",
                columns: new[] { "project_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_dependencies_predecessor_id_successor_id",
                table: "dependencies",
                columns: new[] { "predecessor_id", "successor_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dependencies_project_id",
                table: "dependencies",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "ix_dependencies_successor_id",
                table: "dependencies",
                column: "successor_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_item_schedules_project_id_early_start_offset",
                table: "work_item_schedules",
                columns: new[] { "project_id", "early_start_offset" });

            migrationBuilder.CreateIndex(
                name: "ix_work_items_assignee_id",
                table: "work_items",
                column: "assignee_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_items_key",
                table: "work_items",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_work_items_parent_id",
                table: "work_items",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_items_project_id_number",
                table: "work_items",
                columns: new[] { "project_id", "number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "baseline_items");

            migrationBuilder.DropTable(
                name: "dependencies");

            migrationBuilder.DropTable(
                name: "project_holidays");

            migrationBuilder.DropTable(
                name: "work_item_schedules");

            migrationBuilder.DropTable(
                name: "work_item_sequences");

            migrationBuilder.DropTable(
                name: "baselines");

            migrationBuilder.DropTable(
                name: "work_items");
        }
    }
}
