using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TpmHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CommunicationsAndDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "communications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    audience = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    what = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    channel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    frequency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    owner_id = table.Column<string>(type: "text", nullable: true),
                    next_due = table.Column<DateOnly>(type: "date", nullable: false),
                    last_sent_on = table.Column<DateOnly>(type: "date", nullable: true),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_communications", x => x.id);
                    table.ForeignKey(
                        name: "fk_communications_asp_net_users_owner_id",
                        column: x => x.owner_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_communications_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decision_sequences",
                columns: table => new
                {
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    next_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decision_sequences", x => x.project_id);
                    table.ForeignKey(
                        name: "fk_decision_sequences_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    context = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    decision = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    alternatives = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    consequences = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    decided_by = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    superseded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_decisions_decisions_superseded_by_id",
                        column: x => x.superseded_by_id,
                        principalTable: "decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_decisions_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "communication_audience",
                columns: table => new
                {
                    communication_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stakeholder_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_communication_audience", x => new { x.communication_id, x.stakeholder_id });
                    table.ForeignKey(
                        name: "fk_communication_audience_communications_communication_id",
                        column: x => x.communication_id,
                        principalTable: "communications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_communication_audience_stakeholders_stakeholder_id",
                        column: x => x.stakeholder_id,
                        principalTable: "stakeholders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decision_links",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    work_item_id = table.Column<Guid>(type: "uuid", nullable: true),
                    raid_entry_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decision_links", x => x.id);
                    table.CheckConstraint("ck_decision_links_one_target", "(work_item_id IS NULL) <> (raid_entry_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_decision_links_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_decision_links_raid_entries_raid_entry_id",
                        column: x => x.raid_entry_id,
                        principalTable: "raid_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_decision_links_work_items_work_item_id",
                        column: x => x.work_item_id,
                        principalTable: "work_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_communication_audience_stakeholder_id",
                table: "communication_audience",
                column: "stakeholder_id");

            migrationBuilder.CreateIndex(
                name: "ix_communications_owner_id",
                table: "communications",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_communications_project_id_next_due",
                table: "communications",
                columns: new[] { "project_id", "next_due" });

            migrationBuilder.CreateIndex(
                name: "ix_decision_links_decision_id_raid_entry_id",
                table: "decision_links",
                columns: new[] { "decision_id", "raid_entry_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_decision_links_decision_id_work_item_id",
                table: "decision_links",
                columns: new[] { "decision_id", "work_item_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_decision_links_raid_entry_id",
                table: "decision_links",
                column: "raid_entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_decision_links_work_item_id",
                table: "decision_links",
                column: "work_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_decisions_key",
                table: "decisions",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_decisions_project_id_number",
                table: "decisions",
                columns: new[] { "project_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_decisions_superseded_by_id",
                table: "decisions",
                column: "superseded_by_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "communication_audience");

            migrationBuilder.DropTable(
                name: "decision_links");

            migrationBuilder.DropTable(
                name: "decision_sequences");

            migrationBuilder.DropTable(
                name: "communications");

            migrationBuilder.DropTable(
                name: "decisions");
        }
    }
}
