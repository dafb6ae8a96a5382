using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Projects;
using TpmHub.Core.Risks;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Risks.Register;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Items;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.Web.Seeding;

/// <summary>
/// The demo portfolio: three role logins, two more leads, and four projects, one of each kind a TPM runs.
/// Idempotent: users are matched by email, projects by key, and existing projects are never overwritten.
/// Only runs when asked (<c>./tpmhub run</c> or <c>./tpmhub seed</c>); production never gets demo users.
/// </summary>
public sealed class DemoSeeder(
    IDbContextFactory<TpmHubDbContext> dbFactory,
    UserManager<AppUser> users,
    TimeProvider time,
    WorkItemService workItems,
    DependencyService dependencies,
    ScheduleService schedule,
    BaselineService baselines,
    RaidService raid,
    DemoBudgetSeeder budget,
    DemoStakeholderSeeder stakeholders,
    DemoRaciSeeder raci,
    DemoCommunicationSeeder communications,
    DemoDecisionSeeder decisions,
    DemoStatusReportSeeder statusReports,
    DemoMeetingSeeder meetings,
    DemoTimeSeeder timesheets,
    DemoAllocationSeeder allocations,
    DemoForecastSeeder forecasts,
    DemoPeopleSeeder people,
    ProjectGate gate,
    CurrentUserAccessor currentUser,
    ILogger<DemoSeeder> logger)
{
    /// <summary>Who the demo's changes are recorded as in each project's history.</summary>
    private static readonly CurrentUser Seeder = new("demo-seed", "demo seed", [ProjectRole.Admin]);

    public const string AdminEmail = "admin@tpmhub.local";
    public const string LeadEmail = "lead@tpmhub.local";
    public const string StakeholderEmail = "stakeholder@tpmhub.local";

    private static readonly (string Email, string Name, string Role)[] DemoUsers =
    [
        (AdminEmail, "Alex Morgan (Admin)", ProjectRole.Admin),
        (LeadEmail, "Jordan Lee", ProjectRole.TeamLead),
        (StakeholderEmail, "Sam Patel", ProjectRole.Stakeholder),
        ("priya.raman@tpmhub.local", "Priya Raman", ProjectRole.TeamLead),
        ("marcus.chen@tpmhub.local", "Marcus Chen", ProjectRole.TeamLead),
    ];

    /// <summary>Seeds, and returns the demo password (generated when <paramref name="password"/> is empty).</summary>
    public async Task<string> SeedAsync(string? password, CancellationToken ct = default)
    {
        var demoPassword = string.IsNullOrEmpty(password) ? RandomPassword() : password;
        var ids = new Dictionary<string, string>();
        foreach (var (email, name, role) in DemoUsers)
        {
            ids[email] = await EnsureUserAsync(email, name, role, demoPassword);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        foreach (var (project, memberEmails) in Projects(ids))
        {
            var existing = await db.Projects.Include(p => p.Members).FirstOrDefaultAsync(p => p.Key == project.Key, ct);
            if (existing is null)
            {
                project.Id = Guid.CreateVersion7();
                project.CreatedAt = now;
                project.UpdatedAt = now;
                db.Projects.Add(project);
                existing = project;
            }

            foreach (var userId in memberEmails.Select(e => ids[e]).Append(existing.OwnerId).Distinct())
            {
                if (existing.Members.All(m => m.UserId != userId))
                {
                    existing.Members.Add(new ProjectMember { ProjectId = existing.Id, UserId = userId, AddedAt = now });
                }
            }
        }

        await db.SaveChangesAsync(ct);
        if (!await db.WorkItems.AnyAsync(w => w.ProjectId == db.Projects.Where(p => p.Key == "CLD").Select(p => p.Id).First(), ct))
        {
            await SeedCloudMigrationPlanAsync(ct);
        }

        if (!await db.RaidEntries.AnyAsync(e => e.ProjectId == db.Projects.Where(p => p.Key == "CLD").Select(p => p.Id).First(), ct))
        {
            await SeedCloudMigrationRaidAsync(ids[LeadEmail], ct);
        }

        currentUser.User = Seeder;
        var cldAccess = (await gate.ProjectAsync(Seeder, "CLD", AccessNeed.Write, ct)).Value!;
        await budget.SeedAsync(cldAccess, ct);
        await stakeholders.SeedAsync(cldAccess, ct);
        await raci.SeedAsync(cldAccess, ct);
        await communications.SeedAsync(cldAccess, LeadEmail, ct);
        await decisions.SeedAsync(cldAccess, ct);
        await statusReports.SeedAsync(cldAccess, ids[LeadEmail], ct);
        await meetings.SeedAsync(cldAccess, ids[LeadEmail], ids[StakeholderEmail], ct);
        await people.SeedAsync(ct);
        await timesheets.SeedAsync(cldAccess, ct);
        await allocations.SeedAsync(Seeder, ct);
        await forecasts.SeedAsync(cldAccess, ct);

        logger.LogInformation("Demo portfolio seeded ({Users} users, {Projects} projects)", DemoUsers.Length, 4);
        return demoPassword;
    }

    /// <summary>
    /// The cloud migration's plan: a critical path through the landing zone, pilot, waves and cutover, a vendor
    /// lead time feeding wave 1, the approved baseline, and then the Direct Connect slip the health reason mentions.
    /// </summary>
    private async Task SeedCloudMigrationPlanAsync(CancellationToken ct)
    {
        currentUser.User = Seeder;
        var cld = (await gate.ProjectAsync(Seeder, "CLD", AccessNeed.Write, ct)).Value!;
        (string Title, int Days, int Percent, WorkItemStatus Status, decimal Budget)[] plan =
        [
            ("Discovery and application portfolio assessment", 25, 100, WorkItemStatus.Done, 60_000m),
            ("Landing zone design: accounts, guardrails, network", 20, 100, WorkItemStatus.Done, 45_000m),
            ("Direct Connect circuit order and provisioning", 60, 85, WorkItemStatus.InProgress, 38_000m),
            ("Landing zone build and security baseline", 30, 100, WorkItemStatus.Done, 90_000m),
            ("Pilot migration: intranet apps (rehost)", 20, 100, WorkItemStatus.Done, 40_000m),
            ("Pilot sign-off", 0, 100, WorkItemStatus.Done, 0m),
            ("Wave 1 migration: 40 web workloads", 45, 50, WorkItemStatus.InProgress, 160_000m),
            ("Oracle to RDS schema conversion", 40, 90, WorkItemStatus.InProgress, 70_000m),
            ("Oracle data migration rehearsal", 15, 50, WorkItemStatus.InProgress, 35_000m),
            ("Wave 2 migration: databases and batch", 50, 0, WorkItemStatus.ToDo, 210_000m),
            ("Cutover rehearsal and rollback test", 10, 0, WorkItemStatus.Backlog, 25_000m),
            ("Co-location exit", 0, 0, WorkItemStatus.Backlog, 0m),
            ("Decommission racks and return hardware", 25, 0, WorkItemStatus.Backlog, 30_000m),
            ("Runbooks and hypercare handover", 20, 0, WorkItemStatus.Backlog, 20_000m),
        ];
        var keys = new List<string>();
        foreach (var (title, days, percent, status, budget) in plan)
        {
            var draft = new WorkItemDraft(title, days == 0 ? WorkItemType.Milestone : WorkItemType.Task, status, WorkItemPriority.High, "", null, null,
                days, budget, percent, null, null, null, null, null, null);
            var created = await workItems.CreateAsync(cld, draft, ct);
            keys.Add(created.Value?.Key ?? throw new InvalidOperationException("Seeding CLD failed: " + created.Error?.Message));
        }

        (int From, int To, string Type, int Lag)[] links =
        [
            (1, 2, "FS", 0), (1, 3, "SS", 5), (2, 4, "FS", 0), (4, 5, "FS", 0), (5, 6, "FS", 0), (6, 7, "FS", 0), (3, 7, "FS", 0),
            (2, 8, "FS", 0), (8, 9, "FS", 0), (4, 9, "FS", 0), (7, 10, "FS", 0), (9, 10, "FS", 0), (10, 11, "FS", 0), (11, 12, "FS", 0),
            (12, 13, "FS", 0), (10, 14, "SS", 10),
        ];
        foreach (var (from, to, type, lag) in links)
        {
            await dependencies.AddAsync(cld, new DependencyDraft(keys[from - 1], keys[to - 1], type, lag), ct);
        }

        await schedule.SetCalendarAsync(cld,
            [new DateOnly(2026, 7, 3), new DateOnly(2026, 9, 7), new DateOnly(2026, 11, 26), new DateOnly(2026, 12, 25), new DateOnly(2027, 1, 1)], ct);
        await baselines.SaveAsync(cld, "Approved plan", ct);

        // The carrier pushed the circuit back eight weeks, which now drives wave 1 two weeks late: the slip the schedule health explains.
        var circuit = (await workItems.GetAsync(cld, keys[2], ct)).Value!;
        await workItems.UpdateAsync(cld, circuit.Key, WorkItemService.ToDraft(circuit) with { DurationDays = 100 }, circuit.Version, ct);
    }

    /// <summary>The cloud migration's RAID log: the risks a TPM would have written, an open issue, an assumption and an overdue dependency.</summary>
    private async Task SeedCloudMigrationRaidAsync(string leadId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        currentUser.User = Seeder;
        var cld = (await gate.ProjectAsync(Seeder, "CLD", AccessNeed.Write, ct)).Value!;

        foreach (var id in new[] { "cld-data-loss", "cld-egress", "cld-lockin", "cld-skills", "cld-lease" })
        {
            var t = RiskTemplates.Find(id)!;
            var cost = id switch { "cld-data-loss" => 400_000m, "cld-egress" => 120_000m, "cld-lease" => 650_000m, _ => (decimal?)null };
            await raid.CreateAsync(cld, new RaidDraft(RaidKind.Risk, t.Title, "", leadId, RaidStatus.Open, null, t.Category, t.Probability,
                t.Impact, t.Response, t.MitigationPlan, t.ContingencyPlan, t.Trigger, cost, ReviewDate: today.AddDays(id == "cld-lease" ? 7 : 14),
                WorkItemKeys: id == "cld-data-loss" ? ["CLD-10", "CLD-11"] : null), ct);
        }

        await raid.CreateAsync(cld, new RaidDraft(RaidKind.Risk, "Direct Connect circuit delivered late by the carrier", "", leadId,
            RaidStatus.Mitigating, null, RiskCategory.Vendor, 4, 4, RiskResponse.Mitigate, "Weekly escalation call with the carrier; site survey done early.",
            "Run wave 1 over site-to-site VPN with reduced throughput.", "Carrier misses the confirmed install date", 90_000m, 10, 3, 3, today.AddDays(3),
            WorkItemKeys: ["CLD-3", "CLD-7"]), ct);
        await raid.CreateAsync(cld, new RaidDraft(RaidKind.Issue, "Oracle licence audit notice received", "The vendor requested usage data for the estate being migrated.",
            leadId, RaidStatus.InProgress, today.AddDays(21), Severity: IssueSeverity.High, Resolution: "Licensing specialist engaged; usage report due in three weeks."), ct);
        await raid.CreateAsync(cld, new RaidDraft(RaidKind.Assumption, "Application owners are available for wave 1 testing",
            "", leadId, RaidStatus.Open, null, ValidationMethod: "Named testers confirmed by each application owner", ValidateBy: today.AddDays(10)), ct);
        await raid.CreateAsync(cld, new RaidDraft(RaidKind.Dependency, "Firewall rule changes from the network team", "", leadId,
            RaidStatus.Committed, null, ExternalParty: "Group network team", Need: "Outbound rules for the landing zone VPCs", NeededBy: today.AddDays(-5)), ct);
        await BackdateRiskHistoryAsync(ct);
    }

    /// <summary>
    /// Gives the demo's risk register a past: the risks were raised over the last ten weeks and several were
    /// reassessed, so the exposure trend on the RAID tab moves the way a real register's does.
    /// </summary>
    private async Task BackdateRiskHistoryAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var risks = await db.RaidEntries.Where(e => e.Key.StartsWith("CLD-R") && e.Kind == RaidKind.Risk).OrderBy(e => e.Number).ToListAsync(ct);
        var history = await db.RaidHistory.Where(h => risks.Select(r => r.Id).Contains(h.EntryId)).ToListAsync(ct);
        var now = time.GetUtcNow();
        for (var i = 0; i < risks.Count; i++)
        {
            var risk = risks[i];
            var weeksAgo = 10 - i;
            var raised = now.AddDays(-7 * weeksAgo);
            risk.RaisedOn = DateOnly.FromDateTime(raised.UtcDateTime);
            foreach (var h in history.Where(h => h.EntryId == risk.Id))
            {
                h.At = raised;
            }

            // Before the latest assessment each risk was rated one step worse (or better, for the circuit), half-way back.
            var earlier = risk.Key == "CLD-R6" ? Math.Max(1, risk.Probability!.Value - 2) : Math.Min(5, risk.Probability!.Value + 1);
            history.First(h => h.EntryId == risk.Id).Probability = earlier;
            db.RaidHistory.Add(new RaidHistory
            {
                EntryId = risk.Id,
                ProjectId = risk.ProjectId,
                At = now.AddDays(-7 * weeksAgo / 2),
                Status = risk.Status,
                Probability = risk.Probability,
                Impact = risk.Impact,
                ResidualProbability = risk.ResidualProbability,
                ResidualImpact = risk.ResidualImpact,
                CostImpact = risk.CostImpact,
                ChangedBy = "Jordan Lee",
            });
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task<string> EnsureUserAsync(string email, string name, string role, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = time.GetUtcNow() };
            Check(await users.CreateAsync(user, password), email);
        }
        else
        {
            // The demo password is set at every seeding, and a demo user locked by earlier failed tries is freed.
            var token = await users.GeneratePasswordResetTokenAsync(user);
            Check(await users.ResetPasswordAsync(user, token, password), email);
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        if (!await users.IsInRoleAsync(user, role))
        {
            Check(await users.AddToRoleAsync(user, role), email);
        }

        return user.Id;
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {email} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    private static string RandomPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y').TrimEnd('=');

    private static IEnumerable<(Project Project, string[] Members)> Projects(Dictionary<string, string> ids)
    {
        yield return (new Project
        {
            Key = "CLD",
            Name = "Data centre exit to AWS",
            Kind = ProjectKind.CloudMigration,
            Phase = ProjectPhase.Build,
            Status = ProjectStatus.Active,
            OwnerId = ids[LeadEmail],
            StartDate = new DateOnly(2026, 6, 1),
            TargetDate = new DateOnly(2027, 5, 28),
            Currency = "USD",
            Description = "Move 140 workloads out of the Reading co-location facility before the lease ends in June 2027. " +
                "Wave-based rehost and replatform onto AWS landing zones built with Control Tower, with the Oracle estate moving to RDS.",
            Objectives = "- Exit the co-location lease by 2027-06-30 without an extension\n- Cut hosting run cost by 25% within two quarters of exit\n" +
                "- Zero P1 incidents caused by cutovers\n- Every migrated workload has backups, monitoring and a runbook on day one",
        }, [LeadEmail, StakeholderEmail]);

        yield return (new Project
        {
            Key = "PAY",
            Name = "Payments platform 3.0",
            Kind = ProjectKind.SoftwareDelivery,
            Phase = ProjectPhase.Test,
            Status = ProjectStatus.Active,
            OwnerId = ids[LeadEmail],
            StartDate = new DateOnly(2026, 3, 2),
            TargetDate = new DateOnly(2027, 1, 29),
            Currency = "EUR",
            Description = "Replace the monolithic card-payments service with event-driven services on Kubernetes, adding SEPA Instant " +
                "and 3-D Secure 2.3. Four Scrum teams, two-week sprints, release train every six weeks.",
            Objectives = "- SEPA Instant live for all EU merchants by January 2027\n- p99 authorisation latency under 300 ms\n" +
                "- PCI DSS 4.0 attestation with no compensating controls\n- Deployment frequency from monthly to daily",
        }, [LeadEmail, StakeholderEmail]);

        yield return (new Project
        {
            Key = "NET",
            Name = "Core network and server refresh",
            Kind = ProjectKind.InfrastructureUpgrade,
            Phase = ProjectPhase.Planning,
            Status = ProjectStatus.Active,
            OwnerId = ids["priya.raman@tpmhub.local"],
            StartDate = new DateOnly(2026, 10, 5),
            TargetDate = new DateOnly(2027, 9, 30),
            Currency = "GBP",
            Description = "Replace end-of-support core switches across three sites and upgrade 320 Windows Server 2016 hosts to " +
                "Windows Server 2025 before extended support ends. Change windows are Saturday nights only.",
            Objectives = "- No server on an unsupported OS after 2027-01-12\n- Core network refresh with under 4 hours of planned downtime per site\n" +
                "- Configuration baselines in version control for every device",
        }, [LeadEmail]);

        yield return (new Project
        {
            Key = "SEC",
            Name = "Zero-trust access and SOC 2 Type II readiness",
            Kind = ProjectKind.Cybersecurity,
            Phase = ProjectPhase.Design,
            Status = ProjectStatus.Active,
            OwnerId = ids["marcus.chen@tpmhub.local"],
            StartDate = new DateOnly(2026, 9, 1),
            TargetDate = new DateOnly(2027, 8, 31),
            Currency = "USD",
            // The numbers cannot know the auditor moved the window: the lead overrides the computed rating and says why.
            HealthOverride = ProjectHealth.Red,
            HealthOverrideReason = "Auditor fieldwork window moved forward by six weeks; evidence collection for 14 controls is not started.",
            HealthOverrideBy = ids["marcus.chen@tpmhub.local"],
            HealthOverrideAt = new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero),
            Description = "Retire the VPN in favour of identity-aware access, roll out phishing-resistant MFA to every employee, and " +
                "close the control gaps found in the SOC 2 readiness assessment before the Type II observation period starts.",
            Objectives = "- Phishing-resistant MFA for 100% of staff\n- VPN decommissioned\n- SOC 2 Type II report with no exceptions\n" +
                "- Mean time to remediate critical vulnerabilities under 15 days",
        }, []);
    }
}
