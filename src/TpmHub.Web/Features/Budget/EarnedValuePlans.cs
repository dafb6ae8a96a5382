using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Budget;
using TpmHub.Core.Schedule;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.Budget;

/// <summary>What earned value is measured against, per project: its items with planned cost, dates and dated progress.</summary>
internal sealed record EarnedValuePlan(IReadOnlyList<EarnedValueItem> Items, WorkingCalendar Calendar, BaselineRef? Baseline, string BasisText, int OutsideBaseline);

/// <summary>Earned value's three sums of one project at one status date, with what they were measured against.</summary>
internal sealed record EarnedValueSums(decimal Bac, decimal Pv, decimal Ev, BaselineRef? Baseline, string BasisText, int OutsideBaseline);

/// <summary>
/// Reads the plans of one or many projects in a fixed number of queries (the portfolio asks for all of them at once):
/// the chosen baseline (one project only), else each project's latest, else its current schedule.
/// </summary>
internal static class EarnedValuePlans
{
    private sealed record LatestBaseline(Guid ProjectId, Guid Id, string Name);

    private sealed record PlanTotals(Guid ProjectId, decimal Bac, decimal Whole, decimal Earned);

    private sealed record PartItem(Guid ProjectId, decimal Budget, DateOnly? Start, DateOnly? Finish, int DurationDays);

    private sealed record Outside(Guid ProjectId, int Count);

    // The items each project is measured against: its baseline's ({0}, one per baselined project), else its current schedule's ({1}).
    private const string PlanCte = """
        WITH plan AS (
            SELECT b.project_id, i.work_item_id AS id, i.budget, i.start, i.finish, i.duration_days
            FROM baseline_items i JOIN baselines b ON b.id = i.baseline_id WHERE i.baseline_id = ANY({0})
            UNION ALL
            SELECT w.project_id, w.id, w.budget, s.early_start, s.early_finish, w.duration_days
            FROM work_items w LEFT JOIN work_item_schedules s ON s.work_item_id = w.id WHERE w.project_id = ANY({1}))
        """;

    /// <summary>
    /// BAC, PV and EV of each project at <paramref name="asOf"/>, aggregated in SQL (the same figures as
    /// <see cref="EarnedValueEngine.Compute"/> over <see cref="LoadAsync"/>'s items, without reading every item and entry):
    /// BAC and the PV of items planned whole by then are sums; only items under way at that date (a part of their
    /// working days gone) are read, for the calendar; EV is Σ B × the last percent recorded on or before the date.
    /// </summary>
    public static async Task<Dictionary<Guid, EarnedValueSums>> SumsAsync(TpmHubDbContext db, IReadOnlyCollection<(Guid Id, DateOnly Start)> projects,
        BaselineRef? chosen, DateOnly asOf, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToArray();
        var baselines = await BaselinesAsync(db, ids, chosen, ct);
        var baselineIds = baselines.Values.Select(b => b.Id).ToArray();
        var unbaselined = ids.Where(id => !baselines.ContainsKey(id)).ToArray();
        object[] args = [baselineIds, unbaselined, asOf];

        // PlannedValue: no start, not started by then or no budget gives 0; a milestone or an item finished by then gives B.
        // EV is Σ B × the last percent recorded on or before the date (an item with none earns nothing), read in the same pass.
        var totals = (await db.Database.SqlQuery<PlanTotals>(FormattableStringFactory.Create(PlanCte + """
                SELECT p.project_id, sum(p.budget) AS bac,
                       coalesce(sum(p.budget) FILTER (WHERE p.start <= {2} AND (p.duration_days <= 0 OR p.finish <= {2})), 0) AS whole,
                       coalesce(sum(p.budget * l.percent_complete), 0) AS earned
                FROM plan p LEFT JOIN LATERAL (
                    SELECT e.percent_complete FROM progress_entries e WHERE e.work_item_id = p.id AND e.as_of <= {2}
                    ORDER BY e.as_of DESC, e.recorded_at DESC LIMIT 1) l ON true
                GROUP BY p.project_id
                """, args)).ToListAsync(ct)).ToDictionary(t => t.ProjectId);
        var parts = (await db.Database.SqlQuery<PartItem>(FormattableStringFactory.Create(PlanCte + """
                SELECT project_id, budget, start, finish, duration_days FROM plan
                WHERE start <= {2} AND duration_days > 0 AND (finish IS NULL OR finish > {2}) AND budget <> 0
                """, args)).ToListAsync(ct)).ToLookup(p => p.ProjectId);
        var outside = baselineIds.Length == 0 ? [] : (await db.Database.SqlQuery<Outside>($"""
                SELECT w.project_id, count(*)::int AS count FROM work_items w JOIN baselines b ON b.project_id = w.project_id
                WHERE b.id = ANY({baselineIds}) AND NOT EXISTS (SELECT 1 FROM baseline_items i WHERE i.baseline_id = b.id AND i.work_item_id = w.id)
                GROUP BY w.project_id
                """).ToListAsync(ct)).ToDictionary(o => o.ProjectId, o => o.Count);
        var holidays = (await db.ProjectHolidays.AsNoTracking().Where(h => ids.Contains(h.ProjectId)).Select(h => new { h.ProjectId, h.Date }).ToListAsync(ct))
            .ToLookup(h => h.ProjectId, h => h.Date);

        var sums = new Dictionary<Guid, EarnedValueSums>(ids.Length);
        foreach (var (id, start) in projects)
        {
            var baseline = baselines.GetValueOrDefault(id);
            var calendar = new WorkingCalendar(start, holidays[id]);
            var planned = totals.GetValueOrDefault(id);
            var pv = planned?.Whole ?? 0m;
            foreach (var p in parts[id])
            {
                pv += EarnedValueEngine.PlannedValue(new EarnedValueItem(p.Budget, p.Start, p.Finish, p.DurationDays, []), calendar, asOf);
            }

            // 0.00 rather than 0 when the plan has items, as the item-by-item sum gives (B has two decimals).
            var ev = planned is null ? 0m : 0.00m + planned.Earned / 100m;
            sums[id] = new EarnedValueSums(planned?.Bac ?? 0m, pv, ev, baseline, BasisText(baseline, chosen), baseline is null ? 0 : outside.GetValueOrDefault(id));
        }

        return sums;
    }

    private static async Task<Dictionary<Guid, BaselineRef>> BaselinesAsync(TpmHubDbContext db, Guid[] ids, BaselineRef? chosen, CancellationToken ct) =>
        chosen is not null && ids.Length == 1
            ? new Dictionary<Guid, BaselineRef> { [ids[0]] = chosen }
            : (await db.Database.SqlQuery<LatestBaseline>(
                    $"SELECT DISTINCT ON (project_id) project_id, id, name FROM baselines WHERE project_id = ANY({ids}) ORDER BY project_id, created_at DESC")
                .ToListAsync(ct)).ToDictionary(b => b.ProjectId, b => new BaselineRef(b.Id, b.Name));

    private static string BasisText(BaselineRef? baseline, BaselineRef? chosen) => baseline is null
        ? "Measured against the current plan: the project has no baseline yet (save one to fix the plan)."
        : chosen is null ? $"Measured against the latest baseline, \"{baseline.Name}\"." : $"Measured against baseline \"{baseline.Name}\".";

    public static async Task<Dictionary<Guid, EarnedValuePlan>> LoadAsync(TpmHubDbContext db, IReadOnlyCollection<(Guid Id, DateOnly Start)> projects,
        BaselineRef? chosen, DateOnly upTo, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToArray();
        var baselines = await BaselinesAsync(db, ids, chosen, ct);
        var baselineIds = baselines.Values.Select(b => b.Id).ToArray();
        var projectOfBaseline = baselines.ToDictionary(b => b.Value.Id, b => b.Key);

        var baselined = (await db.BaselineItems.AsNoTracking().Where(i => baselineIds.Contains(i.BaselineId))
                .Select(i => new { i.BaselineId, i.WorkItemId, i.Budget, i.Start, i.Finish, i.DurationDays }).ToListAsync(ct))
            .ToLookup(i => projectOfBaseline[i.BaselineId], i => (Id: i.WorkItemId, i.Budget, i.Start, i.Finish, Days: i.DurationDays));
        var unbaselined = ids.Where(id => !baselines.ContainsKey(id)).ToArray();
        var current = (await (
                from w in db.WorkItems.AsNoTracking().Where(w => unbaselined.Contains(w.ProjectId))
                join s in db.WorkItemSchedules on w.Id equals s.WorkItemId into sj
                from s in sj.DefaultIfEmpty()
                select new { w.ProjectId, w.Id, w.Budget, Start = s == null ? (DateOnly?)null : s.EarlyStart, Finish = s == null ? (DateOnly?)null : s.EarlyFinish, w.DurationDays })
                .ToListAsync(ct))
            .ToLookup(i => i.ProjectId, i => (i.Id, i.Budget, i.Start, i.Finish, Days: i.DurationDays));
        var itemIds = (await db.WorkItems.AsNoTracking().Where(w => ids.Contains(w.ProjectId)).Select(w => new { w.ProjectId, w.Id }).ToListAsync(ct))
            .ToLookup(w => w.ProjectId, w => w.Id);
        var holidays = (await db.ProjectHolidays.AsNoTracking().Where(h => ids.Contains(h.ProjectId)).Select(h => new { h.ProjectId, h.Date }).ToListAsync(ct))
            .ToLookup(h => h.ProjectId, h => h.Date);
        var progress = (await db.ProgressEntries.AsNoTracking().Where(p => ids.Contains(p.ProjectId) && p.AsOf <= upTo)
                .OrderBy(p => p.AsOf).ThenBy(p => p.RecordedAt)
                .Select(p => new { p.WorkItemId, p.AsOf, p.PercentComplete }).ToListAsync(ct))
            .ToLookup(p => p.WorkItemId, p => new ProgressPoint(p.AsOf, p.PercentComplete));

        var plans = new Dictionary<Guid, EarnedValuePlan>(ids.Length);
        foreach (var (id, start) in projects)
        {
            var baseline = baselines.GetValueOrDefault(id);
            var rows = baseline is null ? current[id].ToList() : baselined[id].ToList();
            var inPlan = rows.Select(r => r.Id).ToHashSet();
            var basisText = BasisText(baseline, chosen);
            var items = rows.Select(r => new EarnedValueItem(r.Budget, r.Start, r.Finish, r.Days, progress[r.Id].ToList())).ToList();
            plans[id] = new EarnedValuePlan(items, new WorkingCalendar(start, holidays[id]), baseline, basisText,
                baseline is null ? 0 : itemIds[id].Count(w => !inPlan.Contains(w)));
        }

        return plans;
    }
}
