using Npgsql;
using NpgsqlTypes;
using TpmHub.Core.Budget;
using TpmHub.Core.Projects;
using TpmHub.Core.Work;

namespace TpmHub.Web.Seeding;

/// <summary>
/// The large seed's money and dated progress, by binary COPY: for every project budget lines (four categories over each
/// month from its start to its target), 100,000 expenses in all (20,000 in <c>LGAAA</c>, the rest shared by item count)
/// dated between the project start and today, about one in 25 a refund, one in four against a work item of the project,
/// each with a vendor and an invoice or purchase-order reference; one to four progress entries for every item with a
/// percent above 0, between its planned start (the project start if later than today) and today, rising to its current
/// percent; and a baseline of <c>LGAAA</c>'s schedule, so earned value there runs against a baseline.
/// Spend is scaled so that each project's CPI today lands between about 0.85 and 1.2.
/// </summary>
internal static class LargeBudgetSeeder
{
    public const int TotalExpenses = 100_000;
    public const int FirstProjectExpenses = 20_000;

    public sealed record PlannedItem(WorkItem Item, DateOnly? Start, DateOnly? Finish);

    public sealed record ProjectPlan(Project Project, IReadOnlyList<PlannedItem> Items);

    public sealed record Counts(int BudgetLines, int Expenses, int ProgressEntries, int BaselineItems);

    private static readonly (BudgetCategory Category, SpendType Spend, decimal Share)[] Lines =
    [
        (BudgetCategory.Labour, SpendType.OpEx, 0.55m), (BudgetCategory.CloudInfrastructure, SpendType.OpEx, 0.20m),
        (BudgetCategory.VendorsServices, SpendType.CapEx, 0.15m), (BudgetCategory.Contingency, SpendType.OpEx, 0.10m),
    ];

    // Cumulative weights out of 100: most spend is labour, cloud and vendors; some falls in categories with no budget line.
    private static readonly (int UpTo, BudgetCategory Category, string[] Vendors)[] Spend =
    [
        (45, BudgetCategory.Labour, ["Internal time", "Contractor pool"]),
        (65, BudgetCategory.CloudInfrastructure, ["Amazon Web Services", "Microsoft Azure", "Google Cloud"]),
        (80, BudgetCategory.VendorsServices, ["Cloudreach", "BT Wholesale", "Accenture", "Thoughtworks"]),
        (87, BudgetCategory.Licences, ["Atlassian", "HashiCorp", "Datadog"]),
        (92, BudgetCategory.Hardware, ["Equinix", "Dell Technologies"]),
        (95, BudgetCategory.Training, ["AWS Training", "Oracle University"]),
        (100, BudgetCategory.Contingency, ["Change request"]),
    ];

    public static async Task<Counts> CopyAsync(NpgsqlConnection connection, IReadOnlyList<ProjectPlan> plans, Random random, DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var lines = await CopyBudgetLinesAsync(connection, plans, random, ct);
        var expenses = await CopyExpensesAsync(connection, plans, random, today, now, ct);
        var progress = await CopyProgressAsync(connection, plans, random, today, now, ct);
        var baseline = await CopyBaselineAsync(connection, plans[0], now, ct);
        return new Counts(lines, expenses, progress, baseline);
    }

    private static async Task<int> CopyBudgetLinesAsync(NpgsqlConnection connection, IReadOnlyList<ProjectPlan> plans, Random random, CancellationToken ct)
    {
        var count = 0;
        await using var w = await connection.BeginBinaryImportAsync(
            "COPY budget_lines (id, project_id, category, spend_type, month, amount, note) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (project, items) in plans)
        {
            var first = new DateOnly(project.StartDate.Year, project.StartDate.Month, 1);
            var target = project.TargetDate;
            var months = (target.Year - first.Year) * 12 + target.Month - first.Month + 1;
            var total = items.Sum(i => i.Item.Budget) * (1.0m + random.Next(0, 11) / 100m);
            foreach (var (category, spend, share) in Lines)
            {
                for (var m = 0; m < months; m++)
                {
                    await w.StartRowAsync(ct);
                    await w.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(project.Id, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(category.ToString(), NpgsqlDbType.Varchar, ct);
                    await w.WriteAsync(spend.ToString(), NpgsqlDbType.Varchar, ct);
                    await w.WriteAsync(first.AddMonths(m), NpgsqlDbType.Date, ct);
                    await w.WriteAsync(Math.Round(total * share / months * (0.8m + random.Next(0, 41) / 100m), 2), NpgsqlDbType.Numeric, ct);
                    await w.WriteAsync("", NpgsqlDbType.Varchar, ct);
                    count++;
                }
            }
        }

        await w.CompleteAsync(ct);
        return count;
    }

    private static async Task<int> CopyExpensesAsync(NpgsqlConnection connection, IReadOnlyList<ProjectPlan> plans, Random random, DateOnly today,
        DateTimeOffset now, CancellationToken ct)
    {
        // The first project gets its fixed share; the others split the rest by item count (cumulative rounding keeps the total exact).
        var othersItems = plans.Skip(1).Sum(p => p.Items.Count);
        var counts = new int[plans.Count];
        counts[0] = FirstProjectExpenses;
        long cumulative = 0;
        for (var p = 1; p < plans.Count; p++)
        {
            var before = (int)(cumulative * (TotalExpenses - FirstProjectExpenses) / othersItems);
            cumulative += plans[p].Items.Count;
            counts[p] = (int)(cumulative * (TotalExpenses - FirstProjectExpenses) / othersItems) - before;
        }

        var written = 0;
        await using var w = await connection.BeginBinaryImportAsync(
            "COPY expenses (id, project_id, date, amount, category, kind, vendor, reference, work_item_id, note, created_at) FROM STDIN (FORMAT BINARY)", ct);
        for (var p = 0; p < plans.Count; p++)
        {
            var (project, items) = plans[p];
            var span = Math.Max(0, today.DayNumber - project.StartDate.DayNumber);
            // Actual cost today is the earned value (the current percentages) over a CPI of 0.85–1.2; the weights are scaled to it.
            var earned = items.Sum(i => i.Item.Budget * i.Item.PercentComplete / 100m);
            var target = (earned > 0m ? earned : items.Sum(i => i.Item.Budget) * 0.05m) / (0.85m + random.Next(0, 36) / 100m);
            var rows = new (DateOnly Date, decimal Weight, bool Refund, int Spend, int Item)[counts[p]];
            var net = 0m;
            for (var n = 0; n < rows.Length; n++)
            {
                var refund = random.Next(25) == 0;
                var weight = (refund ? 0.3m : 1m) * (0.2m + random.Next(0, 181) / 100m);
                var roll = random.Next(100);
                rows[n] = (project.StartDate.AddDays(random.Next(0, span + 1)), weight, refund, Array.FindIndex(Spend, s => roll < s.UpTo),
                    random.Next(4) == 0 ? random.Next(items.Count) : -1);
                net += refund ? -weight : weight;
            }

            var scale = net > 0m ? target / net : 1m;
            for (var n = 0; n < rows.Length; n++)
            {
                var (date, weight, refund, spend, item) = rows[n];
                var (_, category, vendors) = Spend[spend];
                await w.StartRowAsync(ct);
                await w.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(project.Id, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(date, NpgsqlDbType.Date, ct);
                await w.WriteAsync(Math.Max(0.01m, Math.Round(weight * scale, 2)), NpgsqlDbType.Numeric, ct);
                await w.WriteAsync(category.ToString(), NpgsqlDbType.Varchar, ct);
                await w.WriteAsync((refund ? ExpenseKind.Refund : ExpenseKind.Expense).ToString(), NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(vendors[n % vendors.Length], NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(refund ? $"CN-{project.Key}-{n + 1:00000}" : n % 6 == 0 ? $"PO-{project.Key}-{n + 1:00000}" : $"INV-{project.Key}-{n + 1:00000}",
                    NpgsqlDbType.Varchar, ct);
                await LargeRaidSeeder.WriteNullableAsync(w, item < 0 ? (Guid?)null : items[item].Item.Id, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(n % 10 == 0 ? "Generated for measurement." : "", NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
            }

            written += rows.Length;
        }

        await w.CompleteAsync(ct);
        return written;
    }

    private static async Task<int> CopyProgressAsync(NpgsqlConnection connection, IReadOnlyList<ProjectPlan> plans, Random random, DateOnly today,
        DateTimeOffset now, CancellationToken ct)
    {
        var count = 0;
        await using var w = await connection.BeginBinaryImportAsync(
            "COPY progress_entries (id, project_id, work_item_id, as_of, percent_complete, recorded_by, recorded_at) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (project, items) in plans)
        {
            foreach (var (item, start, _) in items)
            {
                if (item.PercentComplete <= 0)
                {
                    continue;
                }

                // Between the item's planned start (if it is already past) and today; on the project start if that is still to come.
                var from = start is { } s && s > project.StartDate && s <= today ? s : project.StartDate;
                var to = today > from ? today : from;
                var entries = random.Next(1, 5);
                var dates = Enumerable.Range(0, entries).Select(_ => from.AddDays(random.Next(0, to.DayNumber - from.DayNumber + 1))).Order().ToArray();
                var percents = Enumerable.Range(0, entries - 1).Select(_ => random.Next(1, item.PercentComplete)).Append(item.PercentComplete).Order().ToArray();
                for (var e = 0; e < entries; e++)
                {
                    var recorded = new DateTimeOffset(dates[e].ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(e);
                    await w.StartRowAsync(ct);
                    await w.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(project.Id, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(item.Id, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(dates[e], NpgsqlDbType.Date, ct);
                    await w.WriteAsync(percents[e], NpgsqlDbType.Integer, ct);
                    await w.WriteNullAsync(ct);
                    await w.WriteAsync(recorded < now ? recorded : now, NpgsqlDbType.TimestampTz, ct);
                    count++;
                }
            }
        }

        await w.CompleteAsync(ct);
        return count;
    }

    /// <summary>A baseline of the project's schedule as seeded (what <c>POST …/baselines</c> would save), so earned value has one to measure against.</summary>
    private static async Task<int> CopyBaselineAsync(NpgsqlConnection connection, ProjectPlan plan, DateTimeOffset now, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        await using (var b = await connection.BeginBinaryImportAsync(
            "COPY baselines (id, project_id, name, project_finish, created_by, created_at) FROM STDIN (FORMAT BINARY)", ct))
        {
            await b.StartRowAsync(ct);
            await b.WriteAsync(id, NpgsqlDbType.Uuid, ct);
            await b.WriteAsync(plan.Project.Id, NpgsqlDbType.Uuid, ct);
            await b.WriteAsync("Approved plan (generated)", NpgsqlDbType.Varchar, ct);
            await LargeRaidSeeder.WriteNullableAsync(b, plan.Items.Max(i => i.Finish), NpgsqlDbType.Date, ct);
            await b.WriteNullAsync(ct);
            await b.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
            await b.CompleteAsync(ct);
        }

        await using var w = await connection.BeginBinaryImportAsync(
            "COPY baseline_items (baseline_id, work_item_id, key, title, start, finish, duration_days, budget) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (item, start, finish) in plan.Items)
        {
            await w.StartRowAsync(ct);
            await w.WriteAsync(id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(item.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(item.Key, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(item.Title, NpgsqlDbType.Varchar, ct);
            await LargeRaidSeeder.WriteNullableAsync(w, start, NpgsqlDbType.Date, ct);
            await LargeRaidSeeder.WriteNullableAsync(w, finish, NpgsqlDbType.Date, ct);
            await w.WriteAsync(item.DurationDays, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(item.Budget, NpgsqlDbType.Numeric, ct);
        }

        await w.CompleteAsync(ct);
        return plan.Items.Count;
    }
}
