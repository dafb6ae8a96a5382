using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Stakeholders;

namespace TpmHub.Web.Seeding;

/// <summary>The cloud migration's stakeholder register: eight people across the grid, two of them with an engagement gap to close.</summary>
public sealed class DemoStakeholderSeeder(IDbContextFactory<TpmHubDbContext> dbFactory, UserManager<AppUser> users, StakeholderService register)
{
    private static readonly (string Name, string Title, string Organisation, string Email, int Power, int Interest, string Now, string Wanted, string Strategy, string Preferences)[] People =
    [
        ("Helen Okafor", "Chief Financial Officer (sponsor)", "Finance", "helen.okafor@example.com", 5, 4, "supportive", "leading",
            "Monthly steering committee; frame every change as cost of the lease extension avoided.", "One-page summary before each steering committee; no jargon."),
        ("Rajiv Menon", "Chief Information Security Officer", "Security", "rajiv.menon@example.com", 5, 3, "neutral", "supportive",
            "Bring him the landing-zone guardrails early; invite to the security baseline review.", "Email; wants evidence, not slides."),
        ("Sam Patel", "Head of IT Operations", "IT Operations", "stakeholder@tpmhub.local", 4, 5, "supportive", "supportive",
            "Keep close: his team runs what we migrate. Weekly dashboard link.", "Dashboard; Teams for anything urgent."),
        ("Dmitri Volkov", "Network Team Lead", "Group network team", "dmitri.volkov@example.com", 3, 4, "resistant", "supportive",
            "The Direct Connect slip sits with his team: agree the recovery plan together, credit them in the steering report.", "Fortnightly 1:1; tickets in the network queue."),
        ("Ana Souza", "Head of Customer Applications", "Digital", "ana.souza@example.com", 3, 3, "neutral", "supportive",
            "Application owners test in wave 1: book testers a month ahead.", "Wave plans by email; short demos."),
        ("Lena Fischer", "Account Manager", "Amazon Web Services", "lena.fischer@example.com", 2, 5, "supportive", "leading",
            "Use her for migration credits and the Direct Connect escalation path.", "Monthly business review."),
        ("Tom Reilly", "Facilities Manager", "Reading Colo Ltd", "tom.reilly@example.com", 3, 2, "neutral", "neutral",
            "Keep satisfied: give notice of rack returns in writing, on time.", "Formal letters for notice; phone for access."),
        ("Marta Kowalski", "Internal Audit Lead", "Internal Audit", "marta.kowalski@example.com", 2, 2, "unaware", "neutral",
            "Tell her before cutover how backups and access are evidenced.", "Quarterly note."),
    ];

    public async Task SeedAsync(ProjectAccess cld, CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.Stakeholders.AnyAsync(s => s.ProjectId == cld.Id, ct))
            {
                return;
            }
        }

        foreach (var p in People)
        {
            var user = p.Email.EndsWith("@tpmhub.local", StringComparison.Ordinal) ? await users.FindByEmailAsync(p.Email) : null;
            var created = await register.CreateAsync(cld, new StakeholderRequest(p.Name, p.Organisation, p.Title, p.Email, user?.Id, p.Power, p.Interest,
                p.Now, p.Wanted, p.Strategy, p.Preferences, null), ct);
            if (!created.IsSuccess)
            {
                throw new InvalidOperationException($"Seeding stakeholder {p.Name} failed: {created.Error}");
            }
        }
    }
}
