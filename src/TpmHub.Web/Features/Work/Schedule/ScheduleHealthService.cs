using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Projects;
using TpmHub.Core.Schedule;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Work.Baselines;

namespace TpmHub.Web.Features.Work.Schedule;

/// <summary>
/// Schedule health of many projects at once (for the portfolio): each project's forecast finish against its latest
/// baseline, in working days on its own calendar. Three queries whatever the number of projects.
/// </summary>
public sealed class ScheduleHealthService(IDbContextFactory<TpmHubDbContext> dbFactory)
{
    public sealed record Row(ProjectHealth Health, int SlipDays, string Explanation);

    private sealed record LatestBaseline(Guid ProjectId, string Name, DateOnly? ProjectFinish);

    private sealed record CurrentFinish(Guid ProjectId, DateOnly Finish);

    // Column names follow the snake_case naming convention, which EF applies to these unmapped result types too.
    public async Task<IReadOnlyDictionary<Guid, Row>> ForProjectsAsync(IReadOnlyCollection<(Guid Id, DateOnly Start)> projects, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(projects);
        if (projects.Count == 0)
        {
            return new Dictionary<Guid, Row>();
        }

        var ids = projects.Select(p => p.Id).ToArray();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var baselines = await db.Database.SqlQuery<LatestBaseline>(
                $"SELECT DISTINCT ON (project_id) project_id, name, project_finish FROM baselines WHERE project_id = ANY({ids}) ORDER BY project_id, created_at DESC")
            .ToListAsync(ct);
        if (baselines.Count == 0)
        {
            return new Dictionary<Guid, Row>();
        }

        var withBaseline = baselines.Select(b => b.ProjectId).ToArray();
        var finishes = (await db.Database.SqlQuery<CurrentFinish>(
                $"SELECT project_id, max(early_finish) AS finish FROM work_item_schedules WHERE project_id = ANY({withBaseline}) GROUP BY project_id")
            .ToListAsync(ct)).ToDictionary(f => f.ProjectId, f => f.Finish);
        var holidays = (await db.ProjectHolidays.AsNoTracking().Where(h => withBaseline.Contains(h.ProjectId)).ToListAsync(ct))
            .ToLookup(h => h.ProjectId, h => h.Date);
        var starts = projects.ToDictionary(p => p.Id, p => p.Start);
        var result = new Dictionary<Guid, Row>();
        foreach (var b in baselines)
        {
            if (b.ProjectFinish is not { } planned || !finishes.TryGetValue(b.ProjectId, out var forecast))
            {
                continue;
            }

            var calendar = new WorkingCalendar(starts[b.ProjectId], holidays[b.ProjectId]);
            var slip = BaselineService.Variance(calendar, planned, forecast) ?? 0;
            result[b.ProjectId] = new Row(ScheduleHealth.Classify(slip), slip, ScheduleHealth.Explain(slip, b.Name));
        }

        return result;
    }
}
