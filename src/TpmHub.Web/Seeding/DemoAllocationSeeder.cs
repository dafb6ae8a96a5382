using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.People.Capacity;

namespace TpmHub.Web.Seeding;

/// <summary>
/// Who works where in the demo, so the capacity view has something to say: the Cloud Platform team on CLD, security on
/// SEC, payments on PAY, infrastructure on NET, the TPMs part-time on theirs; Elena Petrova is also lent to SEC for two
/// weeks from the Monday after next, which puts her over 100 % in exactly those two weeks. Two open roles wait to be
/// filled: CLD's "Cloud architect" (AWS ≥ 4; Terraform and PMP preferred) — Elena is the obvious pick but has no room in
/// her over-allocated weeks, so Mei Tanaka is the match — and PAY's security reviewer (zero trust ≥ 3), whom Marcus Chen
/// can be. Through the allocation service; skipped when any allocation exists.
/// </summary>
public sealed class DemoAllocationSeeder(IDbContextFactory<TpmHubDbContext> dbFactory, AllocationService allocations, ProjectGate gate, TimeProvider time)
{
    private static readonly (string Project, string Person, int Percent, int FromWeek, int Weeks)[] Plan =
    [
        ("CLD", "Elena Petrova", 80, -8, 30), ("CLD", "David Okoye", 100, -8, 30), ("CLD", "Tom Becker", 60, -4, 26), ("CLD", "Mei Tanaka", 50, -8, 20),
        ("CLD", "Jordan Lee", 50, -12, 30), ("SEC", "Elena Petrova", 40, 2, 2),
        ("SEC", "Marcus Chen", 60, -12, 30), ("SEC", "Nina Alvarez", 80, -6, 24), ("SEC", "Ben Carter", 70, -6, 24),
        ("PAY", "Grace Kim", 80, -10, 26), ("PAY", "Lukas Meyer", 100, -10, 26), ("PAY", "Sofia Rossi", 60, -4, 20), ("PAY", "Jonas Lindqvist", 50, 0, 16),
        ("NET", "Priya Raman", 40, -8, 26), ("NET", "Oliver Hughes", 80, -6, 24), ("NET", "Hannah Price", 60, -6, 24), ("NET", "Raj Malhotra", 70, 0, 20),
    ];

    private static readonly (string Project, string Role, int Percent, int FromWeek, int Weeks, RoleRequirementRequest[] Needs)[] OpenRoles =
    [
        ("CLD", "Cloud architect for the landing-zone hardening (AWS, PMP preferred)", 40, 2, 8,
            [new("skill", "AWS", 4, false), new("skill", "Terraform", 3, true), new("certification", "PMP", null, true)]),
        ("PAY", "Security reviewer for the PCI DSS scope", 30, 1, 6, [new("skill", "Zero trust", 3, false)]),
    ];

    public async Task SeedAsync(CurrentUser seeder, CancellationToken ct)
    {
        Dictionary<string, Guid> people;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.Allocations.AnyAsync(ct))
            {
                return;
            }

            people = (await db.People.AsNoTracking().OrderBy(p => p.CreatedAt).Select(p => new { p.Name, p.Id }).ToListAsync(ct))
                .DistinctBy(p => p.Name).ToDictionary(p => p.Name, p => p.Id);
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var access = new Dictionary<string, ProjectAccess>();
        foreach (var (project, person, percent, fromWeek, weeks) in Plan)
        {
            if (!people.TryGetValue(person, out var personId))
            {
                continue;
            }

            if (!access.TryGetValue(project, out var a))
            {
                var found = await gate.ProjectAsync(seeder, project, AccessNeed.Write, ct);
                if (!found.IsSuccess)
                {
                    continue;
                }

                a = access[project] = found.Value!;
            }

            var (from, to) = Dates(monday, fromWeek, weeks);
            await allocations.CreateAsync(a, new AllocationRequest(personId, percent, from, to, null), ct);
        }

        foreach (var (project, role, percent, fromWeek, weeks, needs) in OpenRoles)
        {
            if (access.TryGetValue(project, out var a))
            {
                var (from, to) = Dates(monday, fromWeek, weeks);
                await allocations.CreateAsync(a, new AllocationRequest(null, percent, from, to, null, role, needs), ct);
            }
        }
    }

    /// <summary>Monday of the week <paramref name="fromWeek"/> weeks from this one, to the Friday <paramref name="weeks"/> weeks on.</summary>
    private static (string From, string To) Dates(DateOnly monday, int fromWeek, int weeks)
    {
        var from = monday.AddDays(7 * fromWeek);
        return (from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), from.AddDays(7 * weeks - 3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
