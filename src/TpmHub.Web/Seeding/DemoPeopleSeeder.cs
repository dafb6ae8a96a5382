using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Projects;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.People.Certifications;
using TpmHub.Web.Features.People.Directory;

namespace TpmHub.Web.Seeding;

/// <summary>
/// The demo's twenty people, through the people and certification services, seeded once (skipped when any person exists).
/// Other areas (time entries, allocations) find them by these exact names:
/// PMO: Jordan Lee (lead@tpmhub.local), Priya Raman, Carlos Mendes; Leadership: Sam Patel (stakeholder@tpmhub.local);
/// Security: Marcus Chen, Nina Alvarez, Ben Carter; Cloud Platform: Elena Petrova, David Okoye, Tom Becker, Mei Tanaka;
/// Data: Aisha Rahman; Payments: Grace Kim, Lukas Meyer, Sofia Rossi, Jonas Lindqvist, Camille Dubois;
/// Infrastructure: Oliver Hughes, Hannah Price, Raj Malhotra.
/// Rates are in the currency of the project they mostly work on (CLD and SEC USD, PAY EUR, NET GBP), from 2026-01-01.
/// Credentials: Marcus Chen's PMP expires a month from today, Grace Kim's CSM expired three weeks ago, the rest are valid
/// (or never expire), and some have PDUs/SEUs logged.
/// </summary>
public sealed class DemoPeopleSeeder(IDbContextFactory<TpmHubDbContext> dbFactory, UserManager<AppUser> users, PersonService people,
    CertificationService certifications)
{
    private static readonly CurrentUser Seeder = new("demo-seed", "demo seed", [ProjectRole.Admin]);
    private static readonly DateOnly RatesFrom = new(2026, 1, 1);

    private sealed record Demo(string Name, string? Email, string Title, string Team, string Location, decimal Hours, decimal Rate, string Currency,
        (string Skill, int Level)[] Skills);

    private static readonly Demo[] Team =
    [
        new("Jordan Lee", DemoSeeder.LeadEmail, "Senior technical program manager", "PMO", "Austin, TX", 40m, 110m, "USD",
            [("Program management", 5), ("Stakeholder management", 5), ("Risk management", 4), ("AWS", 3)]),
        new("Sam Patel", DemoSeeder.StakeholderEmail, "VP Infrastructure (sponsor)", "Leadership", "Chicago, IL", 4m, 160m, "USD",
            [("Budgeting", 4), ("Stakeholder management", 4)]),
        new("Priya Raman", "priya.raman@tpmhub.local", "Technical program manager", "PMO", "London, UK", 37.5m, 85m, "GBP",
            [("Program management", 4), ("Change management", 4), ("Network engineering", 3), ("ITIL", 4)]),
        new("Marcus Chen", "marcus.chen@tpmhub.local", "Security program manager", "Security", "Seattle, WA", 40m, 120m, "USD",
            [("SOC 2", 5), ("Zero trust", 4), ("Risk management", 4)]),
        new("Elena Petrova", null, "Principal cloud architect", "Cloud Platform", "Austin, TX", 40m, 135m, "USD",
            [("AWS", 5), ("Terraform", 5), ("Kubernetes", 4)]),
        new("David Okoye", null, "DevOps engineer", "Cloud Platform", "Austin, TX", 40m, 105m, "USD", [("CI/CD", 5), ("Kubernetes", 4), ("Terraform", 4)]),
        new("Aisha Rahman", null, "Database engineer", "Data", "Chicago, IL", 40m, 110m, "USD", [("Oracle", 5), ("PostgreSQL", 4), ("AWS DMS", 3)]),
        new("Tom Becker", null, "Migration engineer", "Cloud Platform", "Denver, CO", 40m, 95m, "USD", [("VMware", 4), ("Linux", 4), ("AWS", 3)]),
        new("Mei Tanaka", null, "Site reliability engineer", "Cloud Platform", "Austin, TX", 40m, 120m, "USD",
            [("Kubernetes", 5), ("Observability", 4), ("AWS", 4)]),
        new("Grace Kim", null, "Scrum master", "Payments", "Berlin, DE", 40m, 80m, "EUR", [("Agile coaching", 4), ("Jira", 4)]),
        new("Lukas Meyer", null, "Senior backend engineer", "Payments", "Berlin, DE", 40m, 85m, "EUR", [("Java", 5), ("Kafka", 4), ("Kubernetes", 3)]),
        new("Sofia Rossi", null, "Backend engineer", "Payments", "Milan, IT", 32m, 82m, "EUR", [("Java", 4), ("PostgreSQL", 4), ("SEPA payments", 3)]),
        new("Jonas Lindqvist", null, "QA lead", "Payments", "Stockholm, SE", 40m, 78m, "EUR", [("Test automation", 5), ("Playwright", 4)]),
        new("Camille Dubois", null, "Product owner", "Payments", "Paris, FR", 40m, 90m, "EUR", [("Product management", 4), ("Card payments", 5)]),
        new("Oliver Hughes", null, "Network engineer", "Infrastructure", "Manchester, UK", 37.5m, 70m, "GBP",
            [("Network engineering", 5), ("Cisco", 5), ("ITIL", 3)]),
        new("Hannah Price", null, "Windows server engineer", "Infrastructure", "Leeds, UK", 37.5m, 65m, "GBP", [("Windows Server", 5), ("PowerShell", 4)]),
        new("Raj Malhotra", null, "Infrastructure architect", "Infrastructure", "London, UK", 37.5m, 95m, "GBP", [("VMware", 5), ("Network engineering", 4)]),
        new("Nina Alvarez", null, "Security engineer", "Security", "Seattle, WA", 40m, 115m, "USD", [("Identity and access", 5), ("Zero trust", 4), ("Okta", 4)]),
        new("Ben Carter", null, "GRC analyst", "Security", "Seattle, WA", 40m, 90m, "USD", [("SOC 2", 4), ("Risk management", 3)]),
        new("Carlos Mendes", null, "Business analyst", "PMO", "Austin, TX", 40m, 80m, "USD", [("Requirements", 4), ("Process mapping", 4)]),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.People.AnyAsync(ct))
            {
                return;
            }
        }

        var today = certifications.Today;
        var ids = new Dictionary<string, Guid>();
        foreach (var d in Team)
        {
            var userId = d.Email is { } email && await users.FindByEmailAsync(email) is { } user ? user.Id : null;
            var timeOff = (d.Name switch
            {
                "Elena Petrova" => [new PersonTimeOffRequest(Iso(today.AddDays(21)), Iso(today.AddDays(25)), "vacation")],
                "Lukas Meyer" => [new PersonTimeOffRequest(Iso(today.AddDays(7)), Iso(today.AddDays(18)), "vacation")],
                "Oliver Hughes" => new[] { new PersonTimeOffRequest(Iso(today.AddDays(3)), Iso(today.AddDays(4)), "training") },
                _ => Array.Empty<PersonTimeOffRequest>(),
            }).Concat(Holidays(d.Location, today)).ToList();
            var created = await people.CreateAsync(Seeder, new PersonRequest(d.Name, d.Email ?? $"{d.Name.ToLowerInvariant().Replace(' ', '.')}@example.com", userId,
                d.Title, d.Team, d.Location, d.Hours, d.Rate, d.Currency, Iso(RatesFrom), d.Skills.Select(s => new PersonSkillRequest(s.Skill, s.Level)).ToList(),
                timeOff, null), ct);
            ids[d.Name] = Check(created, d.Name).Id;
        }

        // Jordan's rate went up in October: the history shows both, and hours before then keep the old rate.
        var jordan = Check(await people.GetAsync(Seeder, ids["Jordan Lee"], ct), "Jordan Lee");
        Check(await people.UpdateAsync(Seeder, jordan.Id, new PersonRequest(jordan.Name, jordan.Email, jordan.UserId, jordan.Title, jordan.Team, jordan.Location,
            jordan.WeeklyCapacityHours, 115m, "USD", "2026-10-01", null, null, jordan.Version), ct), "Jordan Lee's rate");

        var soon = today.AddMonths(1);
        var lapsed = today.AddDays(-21);
        (string Person, string Certification, string Number, DateOnly Earned, DateOnly? Expires, (int DaysAgo, decimal Hours, string Activity)[] Units)[] held =
        [
            ("Jordan Lee", "PMP", "PMP-2874411", new DateOnly(2025, 3, 14), null, [(200, 12m, "PMI Global Summit sessions"), (90, 8m, "Leading SAFe course"), (30, 4.5m, "Risk management webinar series")]),
            ("Jordan Lee", "CSM", "CSM-001184522", new DateOnly(2025, 9, 22), null, [(60, 8m, "Scrum Gathering workshop")]),
            ("Marcus Chen", "PMP", "PMP-2210934", soon.AddYears(-3), soon, [(700, 20m, "ISACA conference"), (300, 15m, "Cloud security course"), (60, 6m, "Mentoring junior PMs")]),
            ("Grace Kim", "CSM", "CSM-000973310", lapsed.AddYears(-2), lapsed, [(400, 8m, "Agile coaching meetup talks")]),
            ("Camille Dubois", "CSM", "CSM-001320877", new DateOnly(2026, 2, 9), null, []),
            ("Priya Raman", "PRINCE2-P", "GR671234567PR", new DateOnly(2024, 11, 4), null, [(150, 10m, "PeopleCert Plus articles and webinars")]),
            ("Priya Raman", "ITIL4-F", "GR656789012IT", new DateOnly(2024, 6, 17), null, []),
            ("Raj Malhotra", "PRINCE2-F", "GR671298765PF", new DateOnly(2025, 5, 12), null, []),
            ("Oliver Hughes", "ITIL4-F", "GR656701234IT", new DateOnly(2025, 1, 20), null, [(100, 6m, "Service management webinar")]),
            ("Ben Carter", "PROJECT+", "COMP001022334455", new DateOnly(2023, 8, 30), null, []),
            ("Carlos Mendes", "PROJECT+", "COMP001033445566", new DateOnly(2024, 2, 29), null, []),
        ];
        foreach (var (person, certification, number, earned, expires, units) in held)
        {
            var credential = Check(await certifications.CreateAsync(Seeder, ids[person], new CredentialRequest(certification, number, Iso(earned),
                expires is { } e ? Iso(e) : null, null), ct), $"{person}'s {certification}");
            foreach (var (daysAgo, hours, activity) in units)
            {
                var date = today.AddDays(-daysAgo);
                if (date >= credential.CycleStart)
                {
                    Check(await certifications.LogUnitsAsync(Seeder, credential.Id, new CredentialUnitRequest(Iso(date), hours, activity), ct), $"{person}'s units");
                }
            }
        }

    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static T Check<T>(TpmHub.Core.Common.Result<T> result, string what) =>
        result.IsSuccess ? result.Value! : throw new InvalidOperationException($"Seeding {what} failed: {result.Error!.Message} {string.Join("; ", result.Error.Fields?.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}") ?? [])}");

    /// <summary>
    /// The public holidays of the coming Christmas and New Year where the person works: Christmas Day and New Year's Day
    /// everywhere, and the 26th of December in the European offices.
    /// </summary>
    private static IEnumerable<PersonTimeOffRequest> Holidays(string location, DateOnly today)
    {
        var christmas = new DateOnly(today is { Month: 12, Day: > 26 } ? today.Year + 1 : today.Year, 12, 25);
        var europe = location[(location.LastIndexOf(", ", StringComparison.Ordinal) + 2)..] is "UK" or "DE" or "IT" or "SE" or "FR";
        yield return new PersonTimeOffRequest(Iso(christmas), Iso(europe ? christmas.AddDays(1) : christmas), "publicHoliday");
        yield return new PersonTimeOffRequest(Iso(christmas.AddDays(7)), Iso(christmas.AddDays(7)), "publicHoliday");
    }
}
