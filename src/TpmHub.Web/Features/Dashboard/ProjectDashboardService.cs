using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Risks;
using TpmHub.Core.Schedule;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Budget;
using TpmHub.Core.Decisions;
using TpmHub.Core.Reporting;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Decisions;
using TpmHub.Web.Features.Forecasts;
using TpmHub.Web.Features.StatusReports;
using TpmHub.Web.Features.Health;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.Web.Features.Dashboard;

/// <summary>
/// Builds the read-only project dashboard for stakeholders and share-link holders. It only reads, so the caller's access
/// needs no write right; everything is "as of today" by the injected clock.
/// </summary>
public sealed class ProjectDashboardService(
    IDbContextFactory<TpmHubDbContext> dbFactory, ProjectHealthService health, ScheduleHealthService scheduleHealth, EarnedValueService earnedValue, DecisionService decisions,
    StatusReportService reports, ForecastService forecasts, TimeProvider time)
{
    private const int Listed = 5;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private sealed record Dated(Guid Id, bool Milestone, string Key, string Title, WorkItemStatus Status, int PercentComplete, DateOnly? Start, DateOnly? Finish, bool Critical);

    public async Task<ProjectDashboard> BuildAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        // The budget totals serve both the health and the money card: read once.
        (Guid, DateOnly)[] subject = [(project.Id, project.StartDate)];
        var budgets = await earnedValue.ForProjectsAsync(subject, ct);
        var reading = (await health.ForProjectsAsync(subject, await scheduleHealth.ForProjectsAsync(subject, ct), budgets, ct))[project.Id];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var holidays = await db.ProjectHolidays.AsNoTracking().Where(h => h.ProjectId == project.Id).Select(h => h.Date).ToListAsync(ct);
        var calendar = new WorkingCalendar(project.StartDate, holidays);
        var baseline = await db.Baselines.AsNoTracking().Where(b => b.ProjectId == project.Id).OrderByDescending(b => b.CreatedAt)
            .Select(b => new { b.Id, b.Name, b.ProjectFinish }).FirstOrDefaultAsync(ct);
        var planned = baseline is null
            ? new Dictionary<Guid, DateOnly?>()
            : await db.BaselineItems.AsNoTracking().Where(i => i.BaselineId == baseline.Id).ToDictionaryAsync(i => i.WorkItemId, i => i.Finish, ct);

        var items = await (
            from w in db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id)
            join s in db.WorkItemSchedules on w.Id equals s.WorkItemId into sj
            from s in sj.DefaultIfEmpty()
            where w.Type == WorkItemType.Milestone || (s != null && s.Critical)
            select new Dated(w.Id, w.Type == WorkItemType.Milestone, w.Key, w.Title, w.Status, w.PercentComplete,
                s == null ? null : s.EarlyStart, s == null ? null : s.EarlyFinish, s != null && s.Critical))
            .ToListAsync(ct);
        var forecastFinish = await db.WorkItemSchedules.Where(s => s.ProjectId == project.Id).MaxAsync(s => (DateOnly?)s.EarlyFinish, ct);

        DashboardMilestone Milestone(Dated m) => new(m.Key, m.Title, m.Finish, planned.GetValueOrDefault(m.Id),
            BaselineService.Variance(calendar, planned.GetValueOrDefault(m.Id), m.Finish), m.Status == WorkItemStatus.Done);
        var milestones = items.Where(i => i.Milestone).ToList();
        var done = milestones.Where(m => m.Status == WorkItemStatus.Done).OrderByDescending(m => m.Finish).Take(Listed).Select(Milestone).ToList();
        var next = milestones.Where(m => m.Status != WorkItemStatus.Done).OrderBy(m => m.Finish ?? DateOnly.MaxValue).Take(Listed).Select(Milestone).ToList();

        var atRisk = new List<DashboardItem>();
        foreach (var item in items.Where(i => i.Critical && i.Status != WorkItemStatus.Done && !i.Milestone).OrderBy(i => i.Start))
        {
            var slip = BaselineService.Variance(calendar, planned.GetValueOrDefault(item.Id), item.Finish);
            var why = slip > 0 ? $"{Days(slip.Value)} later than planned, and it sets the end date."
                : item.Finish < today ? $"Was due to finish on {Day(item.Finish.Value)} and is {item.PercentComplete}% done; it sets the end date."
                : null;
            if (why is not null && atRisk.Count < Listed * 2)
            {
                atRisk.Add(new DashboardItem(item.Key, item.Title, item.Start!.Value, item.Finish!.Value, item.PercentComplete, why));
            }
        }

        var slipDays = baseline is null ? null : BaselineService.Variance(calendar, baseline.ProjectFinish, forecastFinish);
        var schedule = new DashboardSchedule(baseline?.Name, baseline?.ProjectFinish, forecastFinish, slipDays,
            ScheduleSentence(baseline?.ProjectFinish, forecastFinish, slipDays));

        var (money, ev) = await MoneyAsync(project, budgets[project.Id], today, ct);
        return new ProjectDashboard(project.Key, project.Name, project.Currency, today, reading, schedule, done, next, atRisk,
            await TopRisksAsync(db, project, ct), money, HealthSentences(reading, schedule, ev, project.Currency),
            await RecentDecisionsAsync(project, ct), await LatestReportAsync(project, ct),
            (await forecasts.LatestAsync([project.Id], ct)).TryGetValue(project.Id, out var f) ? f.Summary.ForSponsor(project.Currency, f.At, f.Iterations) : null);
    }

    /// <summary>The health's reasons without acronyms: the schedule and money parts say what CPI and SPI mean.</summary>
    private static List<string> HealthSentences(ProjectHealthReading reading, DashboardSchedule schedule, EarnedValueResponse? ev, string currency)
    {
        var sentences = new List<string>();
        if (reading.Override is { } manual)
        {
            sentences.Add($"{manual.By} rates it {manual.Rating.ToString().ToLowerInvariant()}: {manual.Reason}");
        }

        sentences.Add(schedule.SlipDays is { } slip ? PlainLanguage.CriticalPathSlip(slip) : schedule.Sentence);
        if (ev is not null && ev.Bac > 0)
        {
            sentences.Add(PlainLanguage.Spi(ev.Spi));
            sentences.Add(PlainLanguage.Cpi(ev.Cpi, currency));
        }

        sentences.Add(reading.Computed.Risk.Reason);
        return sentences;
    }

    private async Task<IReadOnlyList<DashboardDecision>> RecentDecisionsAsync(ProjectAccess project, CancellationToken ct) =>
        ((await decisions.ListAsync(project, null, ct)).Value ?? [])
            .Where(d => d.Status != DecisionStatus.Proposed)
            .OrderByDescending(d => d.DecidedOn).Take(Listed)
            .Select(d => new DashboardDecision(d.Key, d.Title, d.Status.ToString().ToLowerInvariant(), d.DecidedOn, d.Decision)).ToList();

    private async Task<DashboardReport?> LatestReportAsync(ProjectAccess project, CancellationToken ct) =>
        ((await reports.ListAsync(project, 1, 50, ct)).Value?.Items ?? [])
            .Where(r => r.Status == StatusReportStatus.Published).OrderByDescending(r => r.PeriodEnd)
            .Select(r => new DashboardReport(r.Id, r.Title, r.PeriodStart, r.PeriodEnd, r.PublishedAt)).FirstOrDefault();

    private static async Task<IReadOnlyList<DashboardRisk>> TopRisksAsync(TpmHubDbContext db, ProjectAccess project, CancellationToken ct)
    {
        var risks = await (
            from r in db.RaidEntries.AsNoTracking().Where(r => r.ProjectId == project.Id).Where(RaidRules.OpenRisk)
            join u in db.Users on r.OwnerId equals u.Id into owners
            from u in owners.DefaultIfEmpty()
            orderby r.Score descending, r.Number
            select new { r.Key, r.Title, r.Score, r.Probability, Owner = u != null ? u.DisplayName : null, r.Response, r.MitigationPlan })
            .Take(Listed).ToListAsync(ct);
        return risks.Select(r => new DashboardRisk(r.Key, r.Title, r.Score ?? 0, EnumText.Humanize(RiskScore.Band(Math.Clamp(r.Score ?? 1, 1, 25))),
            (int)(RiskScore.ProbabilityPercent(r.Probability ?? 1) * 100), r.Owner,
            r.Response is { } response ? EnumText.Humanize(response) : "Not decided",
            string.IsNullOrWhiteSpace(r.MitigationPlan) ? "No mitigation written yet." : r.MitigationPlan)).ToList();
    }

    private async Task<(DashboardMoney Money, EarnedValueResponse? Ev)> MoneyAsync(ProjectAccess project, PortfolioBudgetRow totals, DateOnly today, CancellationToken ct)
    {
        var ev = (await earnedValue.AtAsync(project, today, null, ct)).Value;
        var sentences = new List<string>();
        decimal? share = totals.Budgeted > 0 ? Math.Round(totals.Ac / totals.Budgeted * 100m, 0, MidpointRounding.AwayFromZero) : null;
        sentences.Add(totals.Budgeted > 0
            ? $"{Money(totals.Ac, project.Currency)} spent of the approved budget of {Money(totals.Budgeted, project.Currency)} ({share}%)."
            : totals.Ac > 0 ? $"{Money(totals.Ac, project.Currency)} spent; no budget has been approved yet." : "No budget approved and nothing spent yet.");
        if (ev is not null && ev.Bac > 0)
        {
            sentences.AddRange(new[] { "cv", "sv", "vac" }.Select(k => ev.Readings[k]));
        }

        return (new DashboardMoney(totals.Budgeted, totals.Ac, share, sentences), ev);
    }

    private static string ScheduleSentence(DateOnly? baselineFinish, DateOnly? forecast, int? slip) => (baselineFinish, forecast, slip) switch
    {
        (_, null, _) => "Nothing is scheduled yet.",
        (null, { } f, _) => $"The plan now finishes on {Day(f)}; there is no approved plan (baseline) to compare it with yet.",
        ({ } b, { } f, > 0) => $"Forecast to finish on {Day(f)}: {Days(slip.Value)} later than the approved plan ({Day(b)}).",
        ({ } b, { } f, < 0) => $"Forecast to finish on {Day(f)}: {Days(-slip!.Value)} earlier than the approved plan ({Day(b)}).",
        ({ } b, { } f, _) => $"Forecast to finish on {Day(f)}, the date of the approved plan.",
    };

    private static string Days(int n) => n == 1 ? "1 working day" : $"{n} working days";

    private static string Day(DateOnly d) => d.ToString("d MMM yyyy", Invariant);

    private static string Money(decimal amount, string currency) => $"{amount.ToString("N0", Invariant)} {currency}";
}
