using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TpmHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TimeEntryCost : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_time_entries_project_id_date",
                table: "time_entries");

            migrationBuilder.AddColumn<decimal>(
                name: "cost",
                table: "time_entries",
                type: "numeric(20,4)",
                precision: 20,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            // Entries already logged take the rate in force on their date (the rates as intervals [from, next from)).
            migrationBuilder.Sql("""
                WITH rates AS (
                    SELECT person_id, rate_per_hour, "from" AS since, lead("from") OVER (PARTITION BY person_id ORDER BY "from") AS until
                    FROM person_rates)
                UPDATE time_entries t SET cost = t.hours * r.rate_per_hour
                FROM rates r
                WHERE r.person_id = t.person_id AND t.date >= r.since AND (r.until IS NULL OR t.date < r.until);
                """);

            migrationBuilder.CreateIndex(
                name: "ix_time_entries_project_id_date",
                table: "time_entries",
                columns: new[] { "project_id", "date" })
                .Annotation("Npgsql:IndexInclude", new[] { "cost" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_time_entries_project_id_date",
                table: "time_entries");

            migrationBuilder.DropColumn(
                name: "cost",
                table: "time_entries");

            migrationBuilder.CreateIndex(
                name: "ix_time_entries_project_id_date",
                table: "time_entries",
                columns: new[] { "project_id", "date" });
        }
    }
}
