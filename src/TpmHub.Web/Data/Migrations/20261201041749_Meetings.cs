using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TpmHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Meetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "due_date",
                table: "work_items",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    series_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    time = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    notes = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                    table.ForeignKey(
                        name: "fk_meetings_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_attendees",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    handle = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    user_id = table.Column<string>(type: "text", nullable: true),
                    stakeholder_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_attendees", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_attendees_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_meeting_attendees_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meeting_attendees_stakeholders_stakeholder_id",
                        column: x => x.stakeholder_id,
                        principalTable: "stakeholders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "meeting_suggestions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    owner = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    due = table.Column<DateOnly>(type: "date", nullable: true),
                    source = table.Column<string>(type: "text", nullable: false),
                    source_start = table.Column<int>(type: "integer", nullable: false),
                    fingerprint = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_suggestions", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_suggestions_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_agenda_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    work_item_id = table.Column<Guid>(type: "uuid", nullable: true),
                    raid_entry_id = table.Column<Guid>(type: "uuid", nullable: true),
                    carried_from_suggestion_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_agenda_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_agenda_items_meeting_suggestions_carried_from_sugge",
                        column: x => x.carried_from_suggestion_id,
                        principalTable: "meeting_suggestions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_meeting_agenda_items_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meeting_agenda_items_raid_entries_raid_entry_id",
                        column: x => x.raid_entry_id,
                        principalTable: "raid_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_meeting_agenda_items_work_items_work_item_id",
                        column: x => x.work_item_id,
                        principalTable: "work_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_agenda_items_carried_from_suggestion_id",
                table: "meeting_agenda_items",
                column: "carried_from_suggestion_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_agenda_items_meeting_id_position",
                table: "meeting_agenda_items",
                columns: new[] { "meeting_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_agenda_items_raid_entry_id",
                table: "meeting_agenda_items",
                column: "raid_entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_agenda_items_work_item_id",
                table: "meeting_agenda_items",
                column: "work_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_attendees_meeting_id_position",
                table: "meeting_attendees",
                columns: new[] { "meeting_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_attendees_stakeholder_id",
                table: "meeting_attendees",
                column: "stakeholder_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_attendees_user_id",
                table: "meeting_attendees",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_suggestions_meeting_id_position",
                table: "meeting_suggestions",
                columns: new[] { "meeting_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_meetings_project_id_date",
                table: "meetings",
                columns: new[] { "project_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_meetings_series_id",
                table: "meetings",
                column: "series_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meeting_agenda_items");

            migrationBuilder.DropTable(
                name: "meeting_attendees");

            migrationBuilder.DropTable(
                name: "meeting_suggestions");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropColumn(
                name: "due_date",
                table: "work_items");
        }
    }
}
