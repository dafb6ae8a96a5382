using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Budget;
using TpmHub.Core.Schedule;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.Budget;

/// <summary>What earned value is measured against, per project: its items with planned cost, dates and dated progress.</summary>
internal sealed record EarnedValuePlan(IReadOnlyList<EarnedValueItem> Items, WorkingCalendar Calendar, BaselineRef? Baseline, string BasisText, int OutsideBaseline);

/// <summary>
/// Reads the plans of one or many projects in a fixed number of queries (the portfolio asks for all of them at once):
/// the chosen baseline (one project only), else each project's latest, else its current schedule.
/// </summary>
internal static class EarnedValuePlans
{
    private sealed record LatestBaseline(Guid ProjectId, Guid Id, string Name);

    public static async Task<Dictionary<Guid, EarnedValuePlan>> LoadAsync(TpmHubDbContext db, IReadOnlyCollection<(Guid Id, DateOnly Start)> projects,
        BaselineRef? chosen, DateOnly upTo, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToArray();
        var baselines = chosen is not null && ids.Length == 1
            ? new Dictionary<Guid, BaselineRef> { [ids[0]] = chosen }
            : (await db.Database.SqlQuery<LatestBaseline>(
                    $"SELECT DISTINCT ON (project_id) project_id, id, name FROM baselines WHERE project_id = ANY({ids}) ORDER BY project_id, created_at DESC")
                .ToListAsync(ct)).ToDictionary(b => b.ProjectId, b => new BaselineRef(b.Id, b.Name));
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
            var basisText = baseline is null
                ? "Measured against the current plan: the project has no baseline yet (save one to fix the plan)."
                : chosen is null ? $"Measured against the latest baseline, \"{baseline.Name}\"." : $"Measured against baseline \"{baseline.Name}\".";
            var items = rows.Select(r => new EarnedValueItem(r.Budget, r.Start, r.Finish, r.Days, progress[r.Id].ToList())).ToList();
            plans[id] = new EarnedValuePlan(items, new WorkingCalendar(start, holidays[id]), baseline, basisText,
                baseline is null ? 0 : itemIds[id].Count(w => !inPlan.Contains(w)));
        }

        return plans;
    }
}
