using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Budget;
using TpmHub.Core.Common;
using TpmHub.Core.Schedule;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.People.Time;

namespace TpmHub.Web.Features.Budget;

/// <summary>
/// Earned value of a project from its plan (a baseline, else the current schedule), dated progress and actual spend.
/// At one status date (a project, the portfolio) BAC, PV, EV and AC are aggregated in SQL (<see cref="EarnedValuePlans.SumsAsync"/>);
/// the weekly series reads the plan and its dated progress once and measures each week with <see cref="EarnedValueEngine"/>.
/// AC = expenses − refunds + the labour cost of time entries (<see cref="TimeEntryCosts"/>), each dated on or before t.
/// </summary>
public sealed class EarnedValueService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The longest S-curve asked for in one request (about ten years of weeks).</summary>
    public const int MaxSeriesWeeks = 520;

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<Result<EarnedValueResponse>> AtAsync(ProjectAccess project, DateOnly? asOf, Guid? baselineId, CancellationToken ct = default)
    {
        var t = asOf ?? Today;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (found, chosen) = await ChosenAsync(db, project, baselineId, ct);
        if (!found)
        {
            return NotABaseline();
        }

        var p = (await EarnedValuePlans.SumsAsync(db, [(project.Id, project.StartDate)], chosen, t, ct))[project.Id];
        var ac = await db.Expenses.Where(e => e.ProjectId == project.Id && e.Date <= t)
            .SumAsync(e => e.Kind == ExpenseKind.Refund ? -e.Amount : e.Amount, ct)
            + await TimeEntryCosts.Entries(db, [project.Id], t).SumAsync(c => c.Cost, ct);
        var f = EarnedValueEngine.Figures(p.Bac, p.Pv, p.Ev, ac).Rounded();
        var health = BudgetHealth.Classify(f.Cpi, f.Spi);
        return new EarnedValueResponse(t, project.Currency, p.Baseline, p.Baseline is null ? "currentPlan" : "baseline", p.BasisText,
            f.Bac, f.Pv, f.Ev, f.Ac, f.Cv, f.Sv, f.Cpi, f.Spi, f.Eac, f.Etc, f.Vac, f.Tcpi,
            health, BudgetHealth.Explain(f.Cpi, f.Spi), EarnedValueReadings.For(f, project.Currency, t), p.OutsideBaseline);
    }

    /// <summary>Weekly cumulative PV, EV and AC from the week of <paramref name="from"/> (default the project start) to <paramref name="to"/> (default the plan's finish, at least today).</summary>
    public async Task<Result<IReadOnlyList<EarnedValuePoint>>> SeriesAsync(ProjectAccess project, DateOnly? from, DateOnly? to, Guid? baselineId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var last = to ?? DateOnly.MaxValue;
        var plan = await PlanAsync(db, project, baselineId, last, ct);
        if (!plan.IsSuccess)
        {
            return plan.Error!;
        }

        var p = plan.Value!;
        var first = from ?? project.StartDate;
        if (to is null)
        {
            var finish = p.Items.Select(i => i.Finish ?? i.Start).Where(d => d is not null).Max() ?? Today;
            last = finish > Today ? finish : Today;
        }

        if (last < first)
        {
            return Error.Invalid("to", "to must be on or after from.");
        }

        var monday = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        var weeks = (last.DayNumber - monday.DayNumber) / 7 + 1;
        if (weeks > MaxSeriesWeeks)
        {
            return Error.Invalid("to", $"A series covers at most {MaxSeriesWeeks} weeks; narrow from and to.");
        }

        // Net spend per day up to the end, then cumulated in order.
        var daily = await db.Expenses.Where(e => e.ProjectId == project.Id && e.Date <= last)
            .GroupBy(e => e.Date)
            .Select(g => new { Date = g.Key, Net = g.Sum(e => e.Kind == ExpenseKind.Refund ? -e.Amount : e.Amount) })
            .OrderBy(d => d.Date).ToListAsync(ct);
        var labour = await TimeEntryCosts.Entries(db, [project.Id], last).GroupBy(c => c.Date)
            .Select(g => new { Date = g.Key, Net = g.Sum(c => c.Cost) }).ToListAsync(ct);
        daily = daily.Concat(labour).GroupBy(d => d.Date).Select(g => new { Date = g.Key, Net = g.Sum(d => d.Net) }).OrderBy(d => d.Date).ToList();
        var points = new List<EarnedValuePoint>(weeks);
        var spent = 0m;
        var next = 0;
        for (var week = 0; week < weeks; week++)
        {
            var start = monday.AddDays(7 * week);
            var end = start.AddDays(6) < last ? start.AddDays(6) : last;
            while (next < daily.Count && daily[next].Date <= end)
            {
                spent += daily[next++].Net;
            }

            var f = EarnedValueEngine.Compute(p.Items, spent, p.Calendar, end).Rounded();
            points.Add(new EarnedValuePoint(start, f.Pv, f.Ev, f.Ac, f.Cpi, f.Spi));
        }

        return points;
    }

    /// <summary>Budget figures of many projects at once, for the portfolio: BAC, AC, CPI, SPI and the budget health as of today.</summary>
    public async Task<IReadOnlyDictionary<Guid, PortfolioBudgetRow>> ForProjectsAsync(IReadOnlyCollection<(Guid Id, DateOnly Start)> projects, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(projects);
        if (projects.Count == 0)
        {
            return new Dictionary<Guid, PortfolioBudgetRow>();
        }

        var today = Today;
        var ids = projects.Select(p => p.Id).ToArray();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plans = await EarnedValuePlans.SumsAsync(db, projects, null, today, ct);
        var spent = await db.Expenses.Where(e => ids.Contains(e.ProjectId) && e.Date <= today).GroupBy(e => e.ProjectId)
            .Select(g => new { g.Key, Net = g.Sum(e => e.Kind == ExpenseKind.Refund ? -e.Amount : e.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Net, ct);
        foreach (var labour in await TimeEntryCosts.Entries(db, ids, today).GroupBy(c => c.ProjectId).Select(g => new { g.Key, Cost = g.Sum(c => c.Cost) }).ToListAsync(ct))
        {
            spent[labour.Key] = spent.GetValueOrDefault(labour.Key) + labour.Cost;
        }

        var budgeted = await db.BudgetLines.Where(l => ids.Contains(l.ProjectId)).GroupBy(l => l.ProjectId)
            .Select(g => new { g.Key, Total = g.Sum(l => l.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Total, ct);
        var rows = new Dictionary<Guid, PortfolioBudgetRow>(plans.Count);
        foreach (var (id, plan) in plans)
        {
            var f = EarnedValueEngine.Figures(plan.Bac, plan.Pv, plan.Ev, spent.GetValueOrDefault(id)).Rounded();
            rows[id] = new PortfolioBudgetRow(budgeted.GetValueOrDefault(id), f.Bac, f.Ac, f.Cpi, f.Spi, BudgetHealth.Classify(f.Cpi, f.Spi), BudgetHealth.Explain(f.Cpi, f.Spi));
        }

        return rows;
    }

    private static async Task<Result<EarnedValuePlan>> PlanAsync(TpmHubDbContext db, ProjectAccess project, Guid? baselineId, DateOnly upTo, CancellationToken ct)
    {
        var (found, chosen) = await ChosenAsync(db, project, baselineId, ct);
        if (!found)
        {
            return NotABaseline();
        }

        return (await EarnedValuePlans.LoadAsync(db, [(project.Id, project.StartDate)], chosen, upTo, ct))[project.Id];
    }

    /// <summary>The baseline asked for, if any; not found when it is not one of the project's.</summary>
    private static async Task<(bool Found, BaselineRef? Chosen)> ChosenAsync(TpmHubDbContext db, ProjectAccess project, Guid? baselineId, CancellationToken ct)
    {
        if (baselineId is not { } id)
        {
            return (true, null);
        }

        var chosen = await db.Baselines.AsNoTracking().Where(b => b.Id == id && b.ProjectId == project.Id)
            .Select(b => new BaselineRef(b.Id, b.Name)).SingleOrDefaultAsync(ct);
        return (chosen is not null, chosen);
    }

    private static Error NotABaseline() => Error.Invalid("baseline", "This is not a baseline of the project; leave it out to use the latest.");
}
