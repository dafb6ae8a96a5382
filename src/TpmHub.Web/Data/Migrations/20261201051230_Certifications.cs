using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TpmHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Certifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "certifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    issuing_body = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    renewal_years = table.Column<int>(type: "integer", nullable: true),
                    units_required = table.Column<int>(type: "integer", nullable: true),
                    unit_name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "person_credentials",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    certification_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credential_number = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    earned_on = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_credentials", x => x.id);
                    table.ForeignKey(
                        name: "fk_person_credentials_certifications_certification_id",
                        column: x => x.certification_id,
                        principalTable: "certifications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_person_credentials_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "credential_units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_credential_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    activity = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credential_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_credential_units_person_credentials_person_credential_id",
                        column: x => x.person_credential_id,
                        principalTable: "person_credentials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_certifications_code",
                table: "certifications",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_credential_units_person_credential_id_date",
                table: "credential_units",
                columns: new[] { "person_credential_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_person_credentials_certification_id_credential_number",
                table: "person_credentials",
                columns: new[] { "certification_id", "credential_number" },
                unique: true,
                filter: "credential_number <> ''");

            migrationBuilder.CreateIndex(
                name: "ix_person_credentials_expires_on",
                table: "person_credentials",
                column: "expires_on");

            migrationBuilder.CreateIndex(
                name: "ix_person_credentials_person_id",
                table: "person_credentials",
                column: "person_id");

            // The catalogue a TPM and their team hold, as the issuing bodies publish it. One hour of learning counts as one unit.
            // Figures are as known when this was written (late 2026, from the bodies' published handbooks); an admin adds others
            // through POST /api/v1/certifications, and a body that changes its rules needs a new migration, never an edit here.
            var seededAt = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
            migrationBuilder.InsertData(
                table: "certifications",
                columns: new[] { "id", "code", "name", "issuing_body", "renewal_years", "units_required", "unit_name", "created_at" },
                values: new object[,]
                {
                    // PMI, PMP Handbook and Continuing Certification Requirements (CCR) Handbook, as published by PMI as of 2024:
                    // a three-year cycle from the date the exam is passed; 60 PDUs per cycle (with minimums per Talent Triangle area).
                    { new Guid("0193a000-0000-7000-8000-000000000001"), "PMP", "Project Management Professional", "PMI (Project Management Institute)", 3, 60, "PDU", seededAt },
                    // Scrum Alliance, certification renewal page, as published by Scrum Alliance as of 2024: every two years,
                    // 20 Scrum Education Units (SEUs) and a renewal fee for a CSM.
                    { new Guid("0193a000-0000-7000-8000-000000000002"), "CSM", "Certified ScrumMaster", "Scrum Alliance", 2, 20, "SEU", seededAt },
                    // PeopleCert (owner of AXELOS's PRINCE2 since 2021). Uncertain: PeopleCert announced that PRINCE2 and ITIL
                    // certificates awarded from 2024 are valid for three years and kept by re-taking the exam, taking a higher
                    // exam, or logging 60 CPD points over the three years (20 a year) through its PeopleCert Plus membership.
                    // Foundation certificates awarded earlier under AXELOS never expired. Stored as 3 years / 60 CPD points
                    // as published by PeopleCert as of 2024; check a holder's certificate before relying on it.
                    { new Guid("0193a000-0000-7000-8000-000000000003"), "PRINCE2-F", "PRINCE2 Foundation", "PeopleCert (AXELOS)", 3, 60, "CPD point", seededAt },
                    // PeopleCert: PRINCE2 Practitioner has always expired (re-registration within 3 years under AXELOS, earlier 5);
                    // the 2024 scheme is 3 years with 60 CPD points or a re-take, as published by PeopleCert as of 2024.
                    { new Guid("0193a000-0000-7000-8000-000000000004"), "PRINCE2-P", "PRINCE2 Practitioner", "PeopleCert (AXELOS)", 3, 60, "CPD point", seededAt },
                    // CompTIA: Project+ is "good for life" and not part of CompTIA's Continuing Education programme,
                    // as published by CompTIA as of 2024. No renewal cycle, no units.
                    { new Guid("0193a000-0000-7000-8000-000000000005"), "PROJECT+", "CompTIA Project+", "CompTIA", null, null, "", seededAt },
                    // PeopleCert: ITIL 4 Foundation. Uncertain, as for PRINCE2 Foundation above: certificates awarded from 2024
                    // are valid 3 years (60 CPD points or a re-take), earlier ones never expire; as published by PeopleCert as of 2024.
                    { new Guid("0193a000-0000-7000-8000-000000000006"), "ITIL4-F", "ITIL 4 Foundation", "PeopleCert (AXELOS)", 3, 60, "CPD point", seededAt },
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credential_units");

            migrationBuilder.DropTable(
                name: "person_credentials");

            migrationBuilder.DropTable(
                name: "certifications");
        }
    }
}
