using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TpmHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ComputedHealthOverride : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "health_reason",
                table: "projects",
                newName: "health_override_reason");

            migrationBuilder.AddColumn<string>(
                name: "health_override",
                table: "projects",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "health_override_at",
                table: "projects",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "health_override_by",
                table: "projects",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            // Health is computed now; a rating a lead set by hand (not green, or with a reason) stays as their override.
            migrationBuilder.Sql("""
                UPDATE projects SET health_override = health, health_override_by = owner_id, health_override_at = updated_at
                WHERE health <> 'Green' OR health_override_reason IS NOT NULL;
                UPDATE projects SET health_override_reason = NULL WHERE health_override IS NULL;
                """);

            migrationBuilder.DropColumn(
                name: "health",
                table: "projects");

            migrationBuilder.CreateIndex(
                name: "ix_projects_health_override_by",
                table: "projects",
                column: "health_override_by");

            migrationBuilder.AddForeignKey(
                name: "fk_projects_asp_net_users_health_override_by",
                table: "projects",
                column: "health_override_by",
                principalTable: "AspNetUsers",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "health",
                table: "projects",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Green");

            migrationBuilder.Sql("UPDATE projects SET health = health_override WHERE health_override IS NOT NULL;");

            migrationBuilder.DropForeignKey(
                name: "fk_projects_asp_net_users_health_override_by",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_health_override_by",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "health_override",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "health_override_at",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "health_override_by",
                table: "projects");

            migrationBuilder.RenameColumn(
                name: "health_override_reason",
                table: "projects",
                newName: "health_reason");
        }
    }
}
