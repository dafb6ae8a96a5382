using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TpmHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AllocationPlaceholders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "person_id",
                table: "allocations",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<string>(
                name: "requirements",
                table: "allocations",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "role",
                table: "allocations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            // Allocations made before placeholders need nothing.
            migrationBuilder.Sql("UPDATE allocations SET requirements = '[]'::jsonb WHERE requirements IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "requirements",
                table: "allocations");

            migrationBuilder.DropColumn(
                name: "role",
                table: "allocations");

            migrationBuilder.AlterColumn<Guid>(
                name: "person_id",
                table: "allocations",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
