using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TpmHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RaidLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "raid_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    owner_id = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    raised_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    probability = table.Column<int>(type: "integer", nullable: true),
                    impact = table.Column<int>(type: "integer", nullable: true),
                    score = table.Column<int>(type: "integer", nullable: true),
                    response = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    mitigation_plan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    contingency_plan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    trigger = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    cost_impact = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    schedule_impact_days = table.Column<int>(type: "integer", nullable: true),
                    residual_probability = table.Column<int>(type: "integer", nullable: true),
                    residual_impact = table.Column<int>(type: "integer", nullable: true),
                    residual_score = table.Column<int>(type: "integer", nullable: true),
                    review_date = table.Column<DateOnly>(type: "date", nullable: true),
                    validation_method = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    validate_by = table.Column<DateOnly>(type: "date", nullable: true),
                    severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    resolution = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    resolved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    source_risk_id = table.Column<Guid>(type: "uuid", nullable: true),
                    external_party = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    need = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    needed_by = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_raid_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_raid_entries_asp_net_users_owner_id",
                        column: x => x.owner_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_raid_entries_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_raid_entries_raid_entries_source_risk_id",
                        column: x => x.source_risk_id,
                        principalTable: "raid_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "raid_sequences",
                columns: table => new
                {
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    next_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_raid_sequences", x => x.project_id);
                    table.ForeignKey(
                        name: "fk_raid_sequences_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "raid_entry_links",
                columns: table => new
                {
                    entry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    work_item_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_raid_entry_links", x => new { x.entry_id, x.work_item_id });
                    table.ForeignKey(
                        name: "fk_raid_entry_links_raid_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "raid_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_raid_entry_links_work_items_work_item_id",
                        column: x => x.work_item_id,
                        principalTable: "work_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "raid_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    probability = table.Column<int>(type: "integer", nullable: true),
                    impact = table.Column<int>(type: "integer", nullable: true),
                    residual_probability = table.Column<int>(type: "integer", nullable: true),
                    residual_impact = table.Column<int>(type: "integer", nullable: true),
                    cost_impact = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_raid_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_raid_history_raid_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "raid_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_raid_entries_key",
                table: "raid_entries",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_raid_entries_kind_status_probability_impact",
                table: "raid_entries",
                columns: new[] { "kind", "status", "probability", "impact" });

            migrationBuilder.CreateIndex(
                name: "ix_raid_entries_owner_id",
                table: "raid_entries",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_raid_entries_project_id_kind_status",
                table: "raid_entries",
                columns: new[] { "project_id", "kind", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_raid_entries_project_id_number",
                table: "raid_entries",
                columns: new[] { "project_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_raid_entries_source_risk_id",
                table: "raid_entries",
                column: "source_risk_id");

            migrationBuilder.CreateIndex(
                name: "ix_raid_entry_links_work_item_id",
                table: "raid_entry_links",
                column: "work_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_raid_history_entry_id_at",
                table: "raid_history",
                columns: new[] { "entry_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_raid_history_project_id_at",
                table: "raid_history",
                columns: new[] { "project_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "raid_entry_links");

            migrationBuilder.DropTable(
                name: "raid_history");

            migrationBuilder.DropTable(
                name: "raid_sequences");

            migrationBuilder.DropTable(
                name: "raid_entries");
        }
    }
}
