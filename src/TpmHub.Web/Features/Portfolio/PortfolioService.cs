using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Projects;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Budget;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Health;
using TpmHub.Web.Features.Communications;
using TpmHub.Web.Features.Forecasts;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Projects;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.Web.Features.Portfolio;

public sealed class PortfolioService(IDbContextFactory<TpmHubDbContext> dbFactory, ScheduleHealthService scheduleHealth, EarnedValueService earnedValue,
    ProjectHealthService projectHealth, CommunicationService communications, ForecastService forecasts)
{
    /// <summary>At most this many projects are listed; the counts always cover the whole visible portfolio.</summary>
    public const int MaxListed = 2_000;

    public async Task<PortfolioSummary> GetAsync(CurrentUser user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = ProjectGate.Visible(db, user).Where(p => p.ArchivedAt == null);
        var counts = await visible.GroupBy(p => new { p.Kind, p.Status })
            .Select(g => new { g.Key.Kind, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        var projects = await ProjectService.Rows(db, visible.OrderBy(p => p.Key)).Take(MaxListed).ToListAsync(ct);
        var refs = await visible.OrderBy(p => p.Key).Take(MaxListed).Select(p => new { p.Id, p.Key, p.StartDate, p.Currency }).ToListAsync(ct);
        var subjects = refs.Select(r => (r.Id, r.StartDate)).ToList();
        var health = await scheduleHealth.ForProjectsAsync(subjects, ct);
        var budget = await earnedValue.ForProjectsAsync(subjects, ct);
        // The effective rating (override, else computed) of each listed project; the tally counts the listed projects.
        var readings = await projectHealth.ForProjectsAsync(subjects, health, budget, ct);
        var idByKey = refs.ToDictionary(r => r.Key, r => r.Id);
        projects = projects.Select(p => p.WithHealth(readings[idByKey[p.Key]])).ToList();
        var keyById = refs.ToDictionary(r => r.Id, r => r.Key);
        // Money is totalled per currency: no exchange rates are invented.
        var byCurrency = refs.GroupBy(r => r.Currency).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => new CurrencyTotals(
            g.Sum(r => budget[r.Id].Budgeted), g.Sum(r => budget[r.Id].Bac), g.Sum(r => budget[r.Id].Ac)));

        return new PortfolioSummary(
            counts.Sum(c => c.Count),
            Tally(Enum.GetValues<ProjectKind>(), counts.Select(c => (c.Kind, c.Count))),
            Tally(Enum.GetValues<ProjectStatus>(), counts.Select(c => (c.Status, c.Count))),
            Tally(Enum.GetValues<ProjectHealth>(), projects.Select(p => (p.Health, 1))),
            projects,
            health.ToDictionary(h => keyById[h.Key], h => h.Value),
            budget.ToDictionary(b => keyById[b.Key], b => b.Value),
            byCurrency,
            await CommunicationsOverdueAsync(keyById, ct),
            (await forecasts.LatestAsync(keyById.Keys.ToList(), ct)).ToDictionary(f => keyById[f.Key],
                f => new PortfolioForecast(f.Value.Summary.Finish.P80, f.Value.Summary.Cost.P80, f.Value.Summary.ChanceByTarget, f.Value.At)));
    }

    /// <summary>Overdue communications per listed project, by key (projects with none are left out).</summary>
    private async Task<IReadOnlyDictionary<string, int>> CommunicationsOverdueAsync(IReadOnlyDictionary<Guid, string> keyById, CancellationToken ct) =>
        (await communications.OverdueByProjectAsync(keyById.Keys.ToList(), ct)).ToDictionary(o => keyById[o.Key], o => o.Value);

    private static Dictionary<string, int> Tally<T>(IEnumerable<T> all, IEnumerable<(T Value, int Count)> counts) where T : struct, Enum =>
        all.ToDictionary(
            EnumText.ToApi,
            v => counts.Where(c => EqualityComparer<T>.Default.Equals(c.Value, v)).Sum(c => c.Count));
}
