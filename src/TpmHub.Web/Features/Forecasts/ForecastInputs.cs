using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Forecasts;
using TpmHub.Core.Risks;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.Web.Features.Forecasts;

/// <summary>What a forecast of a project runs over, read from the database, with the names its summary shows.</summary>
public sealed record ForecastInputs(ForecastInput Input, IReadOnlyDictionary<string, string> Titles, DateOnly? BaselineFinish)
{
    /// <summary>
    /// The project's plan exactly as the schedule engine takes it (<see cref="ScheduleService.LoadNetworkAsync"/>), each item
    /// with its budget and three-point estimate (a done item keeps its planned duration: it has happened), and, when asked,
    /// the open risks (open or mitigating) with a schedule or cost impact that are linked to work items (a risk tied to no
    /// work is left out, as the issue has it), at their 1–5 probability as a percent. The run's settings come from <paramref name="run"/>.
    /// </summary>
    public static async Task<ForecastInputs> LoadAsync(TpmHubDbContext db, ProjectAccess project, ForecastRun run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(run);
        var network = await ScheduleService.LoadNetworkAsync(db, project, ct);
        var details = await db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id)
            .Select(w => new { w.Key, w.Title, w.Budget, w.Status, w.Optimistic, w.MostLikely, w.Pessimistic }).ToDictionaryAsync(w => w.Key, ct);
        var items = network.Tasks.Select(t =>
        {
            var d = details[t.Key];
            ThreePointEstimate? estimate = d.Status == WorkItemStatus.Done ? new ThreePointEstimate(t.DurationDays, t.DurationDays, t.DurationDays)
                : d.Optimistic is { } o && d.MostLikely is { } m && d.Pessimistic is { } p ? new ThreePointEstimate(o, m, p) : null;
            return new ForecastItemInput(t.Key, t.DurationDays, t.StartNoEarlierThan, d.Budget, estimate);
        }).ToList();
        var titles = details.Values.ToDictionary(d => d.Key, d => d.Title, StringComparer.Ordinal);

        var risks = new List<ForecastRiskInput>();
        if (run.IncludeRisks)
        {
            var open = RaidRules.OpenRiskStatuses.ToList();
            var entries = await db.RaidEntries.AsNoTracking()
                .Where(e => e.ProjectId == project.Id && e.Kind == RaidKind.Risk && open.Contains(e.Status) && e.Probability != null
                            && (e.ScheduleImpactDays > 0 || e.CostImpact > 0) && db.RaidEntryLinks.Any(l => l.EntryId == e.Id))
                .Select(e => new
                {
                    e.Key, e.Title, e.Probability, e.ScheduleImpactDays, e.CostImpact,
                    Items = (from l in db.RaidEntryLinks join w in db.WorkItems on l.WorkItemId equals w.Id where l.EntryId == e.Id select w.Key).ToList(),
                })
                .OrderBy(e => e.Key).ToListAsync(ct);
            foreach (var e in entries)
            {
                titles[e.Key] = e.Title;
                risks.Add(ForecastRiskInput.FromRating(e.Key, e.Probability!.Value, e.ScheduleImpactDays, e.CostImpact, e.Items.Distinct().ToList()));
            }
        }

        var baseline = await db.Baselines.AsNoTracking().Where(b => b.ProjectId == project.Id).OrderByDescending(b => b.CreatedAt)
            .Select(b => b.ProjectFinish).FirstOrDefaultAsync(ct);
        var input = new ForecastInput(network.Calendar, items, network.Links, risks)
        {
            Distribution = run.Distribution, DefaultSpreadLowPercent = run.SpreadLowPercent, DefaultSpreadHighPercent = run.SpreadHighPercent,
            Iterations = run.Iterations, Seed = run.Seed, TargetDate = run.TargetDate,
        };
        return new ForecastInputs(input, titles, baseline);
    }
}
