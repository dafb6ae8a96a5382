using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Reporting;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Forecasts;
using TpmHub.Web.Features.Work.Baselines;

namespace TpmHub.Web.Features.StatusReports.Sections;

/// <summary>
/// The forecast finish against the latest baseline and the critical path's slip, through <see cref="BaselineService"/>;
/// the critical flag and total float of each item from the stored schedule; the latest forecast in a sentence
/// (<see cref="ForecastService.LatestAsync"/>).
/// </summary>
public sealed class ScheduleSectionSource(IDbContextFactory<TpmHubDbContext> dbFactory, BaselineService baselines, ForecastService forecasts) : IStatusReportSectionSource
{
    public const int LateListed = 5;
    public const int NearCriticalListed = 3;

    /// <summary>Work with at most this much total float (working days) counts as close to the critical path.</summary>
    public const int NearCriticalFloat = 5;

    public int Order => StatusReportSectionOrder.Schedule;

    public async Task<IReportSectionContent> ReadAsync(StatusReportContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var projectId = context.Project.Id;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var scheduled = await (
            from s in db.WorkItemSchedules.AsNoTracking().Where(s => s.ProjectId == projectId)
            join w in db.WorkItems on s.WorkItemId equals w.Id
            select new { w.Key, w.Title, w.Type, w.Status, w.PercentComplete, s.EarlyFinish, s.TotalFloat, s.Critical })
            .ToListAsync(ct);
        if (scheduled.Count == 0)
        {
            return new ScheduleReportFacts(null, null, null, null, [], []);
        }

        var open = scheduled.Where(s => s.Status != WorkItemStatus.Done && s.PercentComplete < 100 && s.Type != WorkItemType.Epic).ToList();
        var near = open.Where(s => !s.Critical && s.TotalFloat <= NearCriticalFloat).OrderBy(s => s.TotalFloat).ThenBy(s => s.EarlyFinish)
            .Take(NearCriticalListed).Select(s => new ReportWorkItem(s.Key, s.Title, s.EarlyFinish, null, s.TotalFloat)).ToList();
        var forecast = scheduled.Max(s => s.EarlyFinish);

        var likely = (await forecasts.LatestAsync([projectId], ct)).TryGetValue(projectId, out var f)
            ? f.Summary.ForSponsor(context.Project.Currency, f.At, f.Iterations) : null;
        var listed = (await baselines.ListAsync(context.Project, ct)).Value;
        var latest = listed is { Count: > 0 } ? listed[0] : null;
        if (latest is null)
        {
            return new ScheduleReportFacts(null, null, forecast, null, [], near, likely);
        }

        var variance = await baselines.VarianceAsync(context.Project, latest.Id, ct);
        if (!variance.IsSuccess)
        {
            throw new InvalidOperationException("The latest baseline's variance could not be read: " + variance.Error!.Message);
        }

        var slips = variance.Value!.Items.ToDictionary(i => i.Key, i => i.FinishVarianceDays, StringComparer.Ordinal);
        var late = open.Where(s => s.Critical && slips.GetValueOrDefault(s.Key) > 0)
            .OrderByDescending(s => slips[s.Key]).ThenBy(s => s.EarlyFinish).Take(LateListed)
            .Select(s => new ReportWorkItem(s.Key, s.Title, s.EarlyFinish, slips[s.Key], s.TotalFloat)).ToList();
        return new ScheduleReportFacts(latest.Name, variance.Value.BaselineFinish, variance.Value.CurrentFinish ?? forecast,
            variance.Value.FinishVarianceDays, late, near, likely);
    }
}
