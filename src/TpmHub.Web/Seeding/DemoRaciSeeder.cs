using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Raci;
using TpmHub.Web.Features.Stakeholders;

namespace TpmHub.Web.Seeding;

/// <summary>
/// The cloud migration's RACI over its two milestones: the pilot sign-off is complete, the co-location exit has no one
/// accountable yet (the sponsor has not been named), the one gap a lead is meant to spot and fix.
/// </summary>
public sealed class DemoRaciSeeder(IDbContextFactory<TpmHubDbContext> dbFactory, UserManager<AppUser> users, StakeholderService register, RaciService raci)
{
    /// <summary>Item key → (a member's email or a stakeholder's name, role).</summary>
    private static readonly (string ItemKey, (string Who, string Role)[] Cells)[] Rows =
    [
        ("CLD-6", [
            (DemoSeeder.LeadEmail, "R"), (DemoSeeder.StakeholderEmail, "C"), ("Ana Souza", "A"), ("Rajiv Menon", "C"), ("Helen Okafor", "I"),
            ("Lena Fischer", "I"),
        ]),
        // The gap: responsible people and advisers, but no A.
        ("CLD-12", [
            (DemoSeeder.LeadEmail, "R"), ("Dmitri Volkov", "R"), (DemoSeeder.StakeholderEmail, "C"), ("Tom Reilly", "C"), ("Marta Kowalski", "I"),
            ("Lena Fischer", "I"),
        ]),
    ];

    public async Task SeedAsync(ProjectAccess cld, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cld);
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.RaciCells.AnyAsync(c => c.ProjectId == cld.Id, ct))
            {
                return;
            }
        }

        var stakeholders = (await register.ListAsync(cld, ct)).Value!.ToDictionary(s => s.Name, s => s.Id);
        foreach (var (itemKey, cells) in Rows)
        {
            var request = new List<RaciCellRequest?>();
            foreach (var (who, role) in cells)
            {
                request.Add(who.Contains('@', StringComparison.Ordinal)
                    ? new RaciCellRequest((await users.FindByEmailAsync(who))?.Id, null, role)
                    : new RaciCellRequest(null, stakeholders[who].ToString(), role));
            }

            var saved = await raci.ReplaceRowAsync(cld, itemKey, new RaciRowRequest(request), ct);
            if (!saved.IsSuccess)
            {
                throw new InvalidOperationException($"Seeding the RACI row of {itemKey} failed: {saved.Error}");
            }
        }
    }
}
