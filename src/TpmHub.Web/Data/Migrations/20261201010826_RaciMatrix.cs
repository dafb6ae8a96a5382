using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TpmHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RaciMatrix : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "raci_cells",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    work_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_user_id = table.Column<string>(type: "text", nullable: true),
                    stakeholder_id = table.Column<Guid>(type: "uuid", nullable: true),
                    role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_raci_cells", x => x.id);
                    table.CheckConstraint("ck_raci_cells_one_person", "(member_user_id IS NULL) <> (stakeholder_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_raci_cells_project_members_project_id_member_user_id",
                        columns: x => new { x.project_id, x.member_user_id },
                        principalTable: "project_members",
                        principalColumns: new[] { "project_id", "user_id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_raci_cells_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_raci_cells_stakeholders_stakeholder_id",
                        column: x => x.stakeholder_id,
                        principalTable: "stakeholders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_raci_cells_work_items_work_item_id",
                        column: x => x.work_item_id,
                        principalTable: "work_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_raci_cells_project_id_member_user_id",
                table: "raci_cells",
                columns: new[] { "project_id", "member_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_raci_cells_stakeholder_id",
                table: "raci_cells",
                column: "stakeholder_id");

            migrationBuilder.CreateIndex(
                name: "ix_raci_cells_work_item_id_member_user_id",
                table: "raci_cells",
                columns: new[] { "work_item_id", "member_user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_raci_cells_work_item_id_stakeholder_id",
                table: "raci_cells",
                columns: new[] { "work_item_id", "stakeholder_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "raci_cells");
        }
    }
}
