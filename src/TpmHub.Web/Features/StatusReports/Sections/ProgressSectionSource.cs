using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Reporting;
using TpmHub.Core.Work;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.StatusReports.Sections;

/// <summary>
/// Percent complete at the period's start and end from the dated progress (duration-weighted over tasks and bugs), what
/// was finished in the period (an actual finish in it, or progress that reached 100% in it), and the next milestones by
/// their scheduled date.
/// </summary>
public sealed class ProgressSectionSource(IDbContextFactory<TpmHubDbContext> dbFactory) : IStatusReportSectionSource
{
    public const int NextMilestones = 3;

    public int Order => StatusReportSectionOrder.Progress;

    public async Task<IReportSectionContent> ReadAsync(StatusReportContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (projectId, start, end) = (context.Project.Id, context.PeriodStart, context.PeriodEnd);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var items = await (
            from w in db.WorkItems.AsNoTracking().Where(w => w.ProjectId == projectId)
            join s in db.WorkItemSchedules on w.Id equals s.WorkItemId into sj
            from s in sj.DefaultIfEmpty()
            orderby w.Number
            select new { w.Id, w.Key, w.Title, w.Type, w.Status, w.DurationDays, w.ActualFinish, Planned = s == null ? (DateOnly?)null : s.EarlyFinish })
            .ToListAsync(ct);
        var progress = (await db.ProgressEntries.AsNoTracking().Where(p => p.ProjectId == projectId && p.AsOf <= end)
                .OrderBy(p => p.AsOf).ThenBy(p => p.RecordedAt)
                .Select(p => new { p.WorkItemId, p.AsOf, p.PercentComplete }).ToListAsync(ct))
            .ToLookup(p => p.WorkItemId);

        int PercentOn(Guid id, DateOnly day) => progress[id].LastOrDefault(p => p.AsOf <= day)?.PercentComplete ?? 0;
        DateOnly? FinishedOn(Guid id, DateOnly? actualFinish)
        {
            if (actualFinish is { } actual && actual >= start && actual <= end)
            {
                return actual;
            }

            return PercentOn(id, start.AddDays(-1)) < 100 && PercentOn(id, end) == 100
                ? progress[id].First(p => p.AsOf >= start && p.PercentComplete == 100).AsOf
                : null;
        }

        var work = items.Where(i => i.Type is WorkItemType.Task or WorkItemType.Bug && i.DurationDays > 0).ToList();
        var totalDays = work.Sum(i => (long)i.DurationDays);
        int? Weighted(DateOnly day) => totalDays == 0
            ? null
            : (int)Math.Round(work.Sum(i => (decimal)i.DurationDays * PercentOn(i.Id, day)) / totalDays, MidpointRounding.AwayFromZero);

        var milestones = items.Where(i => i.Type == WorkItemType.Milestone).ToList();
        var reached = milestones.Select(m => new ReportWorkItem(m.Key, m.Title, FinishedOn(m.Id, m.ActualFinish)))
            .Where(m => m.Date is not null).OrderBy(m => m.Date).ToList();
        var next = milestones.Where(m => m.Status != WorkItemStatus.Done && PercentOn(m.Id, end) < 100)
            .OrderBy(m => m.Planned ?? DateOnly.MaxValue)
            .Take(NextMilestones)
            .Select(m => new ReportWorkItem(m.Key, m.Title, m.Planned)).ToList();
        return new ProgressReportFacts(end, Weighted(end), Weighted(start.AddDays(-1)), work.Count(i => FinishedOn(i.Id, i.ActualFinish) is not null), reached, next);
    }
}
