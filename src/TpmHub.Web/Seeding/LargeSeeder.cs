using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using TpmHub.Core.Projects;
using TpmHub.Core.Risks;
using TpmHub.Core.Schedule;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Seeding;

/// <summary>
/// A large, deterministic portfolio for measuring: about 200 projects, 50,000 work items and 100,000
/// dependencies (about two per item, acyclic: links only point forward within a window, so the shapes are
/// long chains with parallel feeders like real plans), written with Npgsql binary COPY. The first project,
/// <c>LGAAA</c>, has 5,000 items (the size the schedule and Gantt targets name). About 20,000 RAID entries with
/// assessment history come with it (2,000 in <c>LGAAA</c>, the size the RAID list target names). Same seed, same data.
/// Budget lines, about 100,000 expenses (20,000 in <c>LGAAA</c>), dated progress and a baseline of <c>LGAAA</c> come from
/// <see cref="LargeBudgetSeeder"/>; 500 people, 3,000 allocations and a year of weekly timesheets (about 100,000 entries in <c>LGAAA</c>) from
/// <see cref="LargePeopleSeeder"/>. Skipped when already present. Bulk rows are not audited: this is measurement data, not user changes.
/// </summary>
public sealed class LargeSeeder(IDbContextFactory<TpmHubDbContext> dbFactory, UserManager<AppUser> users, TimeProvider time, ILogger<LargeSeeder> logger)
{
    public const string FirstKey = "LGAAA";
    private const int ProjectCount = 200;
    private const int BigProjectItems = 5_000;
    private const int TotalItems = 50_000;

    private static readonly string[] Verbs = ["Design", "Build", "Migrate", "Test", "Harden", "Cut over", "Document", "Review", "Automate", "Decommission"];
    private static readonly string[] Things = ["landing zone", "IAM roles", "CI pipeline", "payments API", "data warehouse", "VPN gateway", "SIEM rules",
        "load balancer", "backup policy", "runbooks", "Kubernetes cluster", "DNS records", "SSO integration", "firewall rules", "monitoring"];

    public async Task<string> SeedAsync(int seed, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Projects.AnyAsync(p => p.Key == FirstKey, ct))
        {
            return "The large portfolio is already there; nothing to do.";
        }

        var random = new Random(seed);
        var owners = await EnsureOwnersAsync(ct);
        var demoLead = (await users.FindByEmailAsync(DemoSeeder.LeadEmail))?.Id;
        var now = time.GetUtcNow();

        var projects = new List<Project>(ProjectCount);
        for (var i = 0; i < ProjectCount; i++)
        {
            var start = new DateOnly(2025, 1, 6).AddDays(7 * random.Next(0, 100));
            projects.Add(new Project
            {
                Id = Guid.CreateVersion7(),
                Key = KeyOf(i),
                Name = $"Programme {i + 1}: {Things[random.Next(Things.Length)]} {(ProjectKind)(i % 5)}",
                Kind = (ProjectKind)(i % 5),
                Phase = (ProjectPhase)random.Next(0, 7),
                Status = random.Next(10) < 8 ? ProjectStatus.Active : ProjectStatus.Proposed,
                OwnerId = owners[random.Next(owners.Count)],
                StartDate = start,
                TargetDate = start.AddDays(365),
                Currency = "USD",
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        var sizes = Sizes(random);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await CopyProjectsAsync(connection, projects, ct);
        await CopyMembersAsync(connection, projects, demoLead, now, ct);

        var itemCount = 0;
        var linkCount = 0;
        var pending = new PendingRows();
        await using (var items = await connection.BeginBinaryImportAsync(
            "COPY work_items (id, project_id, number, key, type, title, description, status, priority, assignee_id, parent_id, duration_days, " +
            "optimistic, most_likely, pessimistic, percent_complete, budget, start_no_earlier_than, actual_start, actual_finish, created_at, updated_at) " +
            "FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var p = 0; p < projects.Count; p++)
            {
                var plan = Plan(projects[p], sizes[p], random);
                foreach (var item in plan.Items)
                {
                    await WriteItemAsync(items, item, now, ct);
                }

                pending.Add(projects[p], plan);
                itemCount += plan.Items.Count;
                linkCount += plan.Links.Count;
            }

            await items.CompleteAsync(ct);
        }

        await pending.CopyLinksAndSchedulesAsync(connection, now, ct);

        await using (var sequences = await connection.BeginBinaryImportAsync("COPY work_item_sequences (project_id, next_number) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var p = 0; p < projects.Count; p++)
            {
                await sequences.StartRowAsync(ct);
                await sequences.WriteAsync(projects[p].Id, NpgsqlDbType.Uuid, ct);
                await sequences.WriteAsync(sizes[p] + 1, NpgsqlDbType.Integer, ct);
            }

            await sequences.CompleteAsync(ct);
        }

        var raidCount = await LargeRaidSeeder.CopyRaidAsync(connection, projects, random, now, ct);
        // A random of its own, so the budget part does not shift the data above (and changes to it do not either).
        var plans = pending.Plans;
        var money = await LargeBudgetSeeder.CopyAsync(connection, plans, new Random(unchecked(seed * 31 + 10)), now, ct);
        var staff = await LargePeopleSeeder.CopyAsync(connection, plans, new Random(unchecked(seed * 31 + 11)), now, ct);
        await tx.CommitAsync(ct);
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyze.ExecuteNonQueryAsync(ct);
        }

        var message = $"Large portfolio seeded: {projects.Count} projects, {itemCount} work items, {linkCount} dependencies, {raidCount} RAID entries, " +
            $"{money.BudgetLines} budget lines, {money.Expenses} expenses, {money.ProgressEntries} progress entries, a baseline of {money.BaselineItems} items for {FirstKey}, " +
            $"{staff.People} people ({staff.Skills} skills, {staff.Rates} rates, {staff.TimeOff} days or spans off), {staff.Allocations} allocations and {staff.Placeholders} placeholders, " +
            $"{staff.TimeEntries} time entries ({staff.FirstProjectEntries} in {FirstKey}) " +
            $"in {clock.Elapsed.TotalSeconds:0.0} s (seed {seed}).";
        logger.LogInformation("{Message}", message);
        return message;
    }

    /// <summary>"LGAAA", "LGAAB", … — valid project keys (capital letters only).</summary>
    public static string KeyOf(int index) =>
        "LG" + (char)('A' + index / 676 % 26) + (char)('A' + index / 26 % 26) + (char)('A' + index % 26);

    private static int[] Sizes(Random random)
    {
        var sizes = new int[ProjectCount];
        sizes[0] = BigProjectItems;
        var weights = Enumerable.Range(1, ProjectCount - 1).Select(_ => 0.4 + random.NextDouble() * 1.2).ToArray();
        var scale = (TotalItems - BigProjectItems) / weights.Sum();
        for (var i = 1; i < ProjectCount; i++)
        {
            sizes[i] = Math.Max(10, (int)Math.Round(weights[i - 1] * scale));
        }

        return sizes;
    }

    private async Task<List<string>> EnsureOwnersAsync(CancellationToken ct)
    {
        var ids = new List<string>();
        for (var i = 1; i <= 10; i++)
        {
            var email = $"lead{i:00}@large.tpmhub.local";
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Large Lead {i:00}", CreatedAt = time.GetUtcNow() };
                var created = await users.CreateAsync(user, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)));
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException("Could not create " + email);
                }

                await users.AddToRoleAsync(user, ProjectRole.TeamLead);
            }

            ids.Add(user.Id);
        }

        ct.ThrowIfCancellationRequested();
        return ids;
    }

    private sealed record GeneratedPlan(List<WorkItem> Items, List<Dependency> Links);

    /// <summary>Items in creation order; each links back to one to three earlier items (never forward), so the network is acyclic.</summary>
    private static GeneratedPlan Plan(Project project, int size, Random random)
    {
        var items = new List<WorkItem>(size);
        var links = new List<Dependency>(size * 2);
        Guid? epic = null;
        for (var n = 1; n <= size; n++)
        {
            var roll = random.Next(100);
            var type = roll < 4 ? WorkItemType.Epic : roll < 9 ? WorkItemType.Milestone : roll < 16 ? WorkItemType.Bug : WorkItemType.Task;
            var duration = type == WorkItemType.Milestone ? 0 : random.Next(1, 21);
            var item = new WorkItem
            {
                Id = Guid.CreateVersion7(),
                ProjectId = project.Id,
                Number = n,
                Key = $"{project.Key}-{n}",
                Type = type,
                Title = $"{Verbs[random.Next(Verbs.Length)]} {Things[random.Next(Things.Length)]} {n}",
                Status = (WorkItemStatus)random.Next(0, 5),
                Priority = (WorkItemPriority)random.Next(0, 4),
                AssigneeId = random.Next(3) == 0 ? null : project.OwnerId,
                ParentId = type == WorkItemType.Epic ? null : epic,
                DurationDays = duration,
                Budget = duration * 800m,
                PercentComplete = random.Next(0, 11) * 10,
            };
            if (type == WorkItemType.Task && random.Next(5) == 0)
            {
                item.Optimistic = Math.Max(1, duration - 2);
                item.MostLikely = duration;
                item.Pessimistic = duration + random.Next(1, 8);
            }

            if (type == WorkItemType.Epic)
            {
                epic = item.Id;
            }

            items.Add(item);
            // Real plans run as parallel workstreams of about 50 items (so a 5,000-item plan spans about two years, not
            // twenty): most links point to one of the last few items of the same stream, some to any recent item.
            var streams = Math.Max(1, size / 50);
            var wanted = n == 1 ? 0 : random.Next(100) < 15 ? 1 : random.Next(100) < 70 ? 2 : 3;
            var chosen = new HashSet<int>();
            for (var k = 0; k < wanted * 3 && chosen.Count < wanted; k++)
            {
                int from;
                if (random.Next(100) < 85)
                {
                    var back = random.Next(1, 5);
                    from = n - 1 - back * streams;
                    if (from < 0)
                    {
                        continue;
                    }
                }
                else
                {
                    from = n - 1 - random.Next(1, Math.Min(40, n - 1) + 1);
                }

                if (from < 0 || from >= n - 1 || !chosen.Add(from))
                {
                    continue;
                }

                var typeRoll = random.Next(100);
                links.Add(new Dependency
                {
                    Id = Guid.CreateVersion7(),
                    ProjectId = project.Id,
                    PredecessorId = items[from].Id,
                    SuccessorId = item.Id,
                    Type = typeRoll < 80 ? LinkType.FS : typeRoll < 90 ? LinkType.SS : typeRoll < 97 ? LinkType.FF : LinkType.SF,
                    LagDays = random.Next(100) < 80 ? 0 : random.Next(-2, 6),
                });
            }

        }

        return new GeneratedPlan(items, links);
    }

    private static async Task WriteItemAsync(NpgsqlBinaryImporter w, WorkItem item, DateTimeOffset now, CancellationToken ct)
    {
        await w.StartRowAsync(ct);
        await w.WriteAsync(item.Id, NpgsqlDbType.Uuid, ct);
        await w.WriteAsync(item.ProjectId, NpgsqlDbType.Uuid, ct);
        await w.WriteAsync(item.Number, NpgsqlDbType.Integer, ct);
        await w.WriteAsync(item.Key, NpgsqlDbType.Varchar, ct);
        await w.WriteAsync(item.Type.ToString(), NpgsqlDbType.Varchar, ct);
        await w.WriteAsync(item.Title, NpgsqlDbType.Varchar, ct);
        await w.WriteAsync("", NpgsqlDbType.Varchar, ct);
        await w.WriteAsync(item.Status.ToString(), NpgsqlDbType.Varchar, ct);
        await w.WriteAsync(item.Priority.ToString(), NpgsqlDbType.Varchar, ct);
        await LargeRaidSeeder.WriteNullableAsync(w, item.AssigneeId, NpgsqlDbType.Text, ct);
        await LargeRaidSeeder.WriteNullableAsync(w, item.ParentId, NpgsqlDbType.Uuid, ct);
        await w.WriteAsync(item.DurationDays, NpgsqlDbType.Integer, ct);
        await LargeRaidSeeder.WriteNullableAsync(w, item.Optimistic, NpgsqlDbType.Numeric, ct);
        await LargeRaidSeeder.WriteNullableAsync(w, item.MostLikely, NpgsqlDbType.Numeric, ct);
        await LargeRaidSeeder.WriteNullableAsync(w, item.Pessimistic, NpgsqlDbType.Numeric, ct);
        await w.WriteAsync(item.PercentComplete, NpgsqlDbType.Integer, ct);
        await w.WriteAsync(item.Budget, NpgsqlDbType.Numeric, ct);
        await w.WriteNullAsync(ct);
        await w.WriteNullAsync(ct);
        await w.WriteNullAsync(ct);
        await w.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
        await w.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
    }


    private static async Task CopyProjectsAsync(NpgsqlConnection connection, List<Project> projects, CancellationToken ct)
    {
        await using var w = await connection.BeginBinaryImportAsync(
            "COPY projects (id, key, name, kind, phase, status, owner_id, start_date, target_date, currency, description, objectives, " +
            "created_at, updated_at) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var p in projects)
        {
            await w.StartRowAsync(ct);
            await w.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(p.Key, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(p.Name, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(p.Kind.ToString(), NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(p.Phase.ToString(), NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(p.Status.ToString(), NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(p.OwnerId, NpgsqlDbType.Text, ct);
            await w.WriteAsync(p.StartDate, NpgsqlDbType.Date, ct);
            await w.WriteAsync(p.TargetDate, NpgsqlDbType.Date, ct);
            await w.WriteAsync(p.Currency, NpgsqlDbType.Char, ct);
            await w.WriteAsync("", NpgsqlDbType.Varchar, ct);
            await w.WriteAsync("", NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(p.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            await w.WriteAsync(p.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
        }

        await w.CompleteAsync(ct);
    }

    private static async Task CopyMembersAsync(NpgsqlConnection connection, List<Project> projects, string? demoLead, DateTimeOffset now, CancellationToken ct)
    {
        await using var w = await connection.BeginBinaryImportAsync("COPY project_members (project_id, user_id, added_at) FROM STDIN (FORMAT BINARY)", ct);
        for (var i = 0; i < projects.Count; i++)
        {
            var members = new HashSet<string> { projects[i].OwnerId };
            // The demo lead sees the 5,000-item project and a handful of others, so the big views can be tried.
            if (demoLead is not null && i % 40 == 0)
            {
                members.Add(demoLead);
            }

            foreach (var member in members)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(projects[i].Id, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(member, NpgsqlDbType.Text, ct);
                await w.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
            }
        }

        await w.CompleteAsync(ct);
    }

    /// <summary>Holds each project's links and computes its schedule, written after the items so the foreign keys hold.</summary>
    private sealed class PendingRows
    {
        private readonly List<(Project Project, GeneratedPlan Plan)> _plans = [];
        private readonly Dictionary<Guid, (DateOnly Start, DateOnly Finish)> _dates = [];

        public void Add(Project project, GeneratedPlan plan) => _plans.Add((project, plan));

        /// <summary>Each project's items with their computed (early) dates, once <see cref="CopyLinksAndSchedulesAsync"/> has run.</summary>
        public IReadOnlyList<LargeBudgetSeeder.ProjectPlan> Plans => _plans
            .Select(p => new LargeBudgetSeeder.ProjectPlan(p.Project, p.Plan.Items.Select(i => new LargeBudgetSeeder.PlannedItem(i, _dates[i.Id].Start, _dates[i.Id].Finish)).ToList()))
            .ToList();

        public async Task CopyLinksAndSchedulesAsync(NpgsqlConnection connection, DateTimeOffset now, CancellationToken ct)
        {
            await using (var w = await connection.BeginBinaryImportAsync(
                "COPY dependencies (id, project_id, predecessor_id, successor_id, type, lag_days, created_at) FROM STDIN (FORMAT BINARY)", ct))
            {
                foreach (var link in _plans.SelectMany(p => p.Plan.Links))
                {
                    await w.StartRowAsync(ct);
                    await w.WriteAsync(link.Id, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(link.ProjectId, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(link.PredecessorId, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(link.SuccessorId, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(link.Type.ToString(), NpgsqlDbType.Varchar, ct);
                    await w.WriteAsync(link.LagDays, NpgsqlDbType.Integer, ct);
                    await w.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                }

                await w.CompleteAsync(ct);
            }

            await using var s = await connection.BeginBinaryImportAsync(
                "COPY work_item_schedules (work_item_id, project_id, early_start_offset, early_finish_offset, early_start, early_finish, late_start, " +
                "late_finish, total_float, free_float, critical) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var (project, plan) in _plans)
            {
                var keyOf = plan.Items.ToDictionary(i => i.Id, i => i.Key);
                var idOf = plan.Items.ToDictionary(i => i.Key, i => i.Id);
                var result = ScheduleEngine.Compute(new WorkingCalendar(project.StartDate, []),
                    plan.Items.Select(i => new ScheduleTaskInput(i.Key, i.DurationDays, null)).ToList(),
                    plan.Links.Select(l => new ScheduleLinkInput(keyOf[l.PredecessorId], keyOf[l.SuccessorId], l.Type, l.LagDays)).ToList());
                foreach (var t in result.Value!.Tasks)
                {
                    _dates[idOf[t.Key]] = (t.EarlyStartDate, t.EarlyFinishDate);
                    await s.StartRowAsync(ct);
                    await s.WriteAsync(idOf[t.Key], NpgsqlDbType.Uuid, ct);
                    await s.WriteAsync(project.Id, NpgsqlDbType.Uuid, ct);
                    await s.WriteAsync(t.EarlyStart, NpgsqlDbType.Integer, ct);
                    await s.WriteAsync(t.EarlyFinish, NpgsqlDbType.Integer, ct);
                    await s.WriteAsync(t.EarlyStartDate, NpgsqlDbType.Date, ct);
                    await s.WriteAsync(t.EarlyFinishDate, NpgsqlDbType.Date, ct);
                    await s.WriteAsync(t.LateStartDate, NpgsqlDbType.Date, ct);
                    await s.WriteAsync(t.LateFinishDate, NpgsqlDbType.Date, ct);
                    await s.WriteAsync(t.TotalFloat, NpgsqlDbType.Integer, ct);
                    await s.WriteAsync(t.FreeFloat, NpgsqlDbType.Integer, ct);
                    await s.WriteAsync(t.Critical, NpgsqlDbType.Boolean, ct);
                }
            }

            await s.CompleteAsync(ct);
        }
    }
}
