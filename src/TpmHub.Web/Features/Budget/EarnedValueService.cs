using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Budget;
using TpmHub.Core.Common;
using TpmHub.Core.Schedule;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Budget;

/// <summary>
/// Earned value of a project from its plan (a baseline, else the current schedule), dated progress and actual spend.
/// Sums of spend are computed in SQL; the per-item measures by <see cref="EarnedValueEngine"/>.
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
        var plan = await PlanAsync(db, project, baselineId, t, ct);
        if (!plan.IsSuccess)
        {
            return plan.Error!;
        }

        var ac = await db.Expenses.Where(e => e.ProjectId == project.Id && e.Date <= t)
            .SumAsync(e => e.Kind == ExpenseKind.Refund ? -e.Amount : e.Amount, ct);
        var p = plan.Value!;
        var f = EarnedValueEngine.Compute(p.Items, ac, p.Calendar, t).Rounded();
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

    private sealed record Plan(IReadOnlyList<EarnedValueItem> Items, WorkingCalendar Calendar, BaselineRef? Baseline, string BasisText, int OutsideBaseline);

    private async Task<Result<Plan>> PlanAsync(TpmHubDbContext db, ProjectAccess project, Guid? baselineId, DateOnly upTo, CancellationToken ct)
    {
        var baselines = db.Baselines.AsNoTracking().Where(b => b.ProjectId == project.Id);
        var baseline = baselineId is { } id
            ? await baselines.Where(b => b.Id == id).Select(b => new BaselineRef(b.Id, b.Name)).SingleOrDefaultAsync(ct)
            : await baselines.OrderByDescending(b => b.CreatedAt).Select(b => new BaselineRef(b.Id, b.Name)).FirstOrDefaultAsync(ct);
        if (baselineId is not null && baseline is null)
        {
            return Error.Invalid("baseline", "This is not a baseline of the project; leave it out to use the latest.");
        }

        var holidays = await db.ProjectHolidays.AsNoTracking().Where(h => h.ProjectId == project.Id).Select(h => h.Date).ToListAsync(ct);
        var progress = (await db.ProgressEntries.AsNoTracking().Where(p => p.ProjectId == project.Id && p.AsOf <= upTo)
                .OrderBy(p => p.AsOf).ThenBy(p => p.RecordedAt)
                .Select(p => new { p.WorkItemId, p.AsOf, p.PercentComplete }).ToListAsync(ct))
            .ToLookup(p => p.WorkItemId, p => new ProgressPoint(p.AsOf, p.PercentComplete));

        List<(Guid Id, decimal Budget, DateOnly? Start, DateOnly? Finish, int Days)> rows;
        var outside = 0;
        string basisText;
        if (baseline is not null)
        {
            rows = (await db.BaselineItems.AsNoTracking().Where(i => i.BaselineId == baseline.Id)
                    .Select(i => new { i.WorkItemId, i.Budget, i.Start, i.Finish, i.DurationDays }).ToListAsync(ct))
                .Select(i => (i.WorkItemId, i.Budget, i.Start, i.Finish, i.DurationDays)).ToList();
            var inBaseline = rows.Select(r => r.Id).ToHashSet();
            outside = (await db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id).Select(w => w.Id).ToListAsync(ct))
                .Count(w => !inBaseline.Contains(w));
            basisText = baselineId is null
                ? $"Measured against the latest baseline, \"{baseline.Name}\"."
                : $"Measured against baseline \"{baseline.Name}\".";
        }
        else
        {
            rows = (await (
                    from w in db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id)
                    join s in db.WorkItemSchedules on w.Id equals s.WorkItemId into sj
                    from s in sj.DefaultIfEmpty()
                    select new { w.Id, w.Budget, Start = s == null ? (DateOnly?)null : s.EarlyStart, Finish = s == null ? (DateOnly?)null : s.EarlyFinish, w.DurationDays })
                    .ToListAsync(ct))
                .Select(i => (i.Id, i.Budget, i.Start, i.Finish, i.DurationDays)).ToList();
            basisText = "Measured against the current plan: the project has no baseline yet (save one to fix the plan).";
        }

        var items = rows.Select(r => new EarnedValueItem(r.Budget, r.Start, r.Finish, r.Days, progress[r.Id].ToList())).ToList();
        return new Plan(items, new WorkingCalendar(project.StartDate, holidays), baseline, basisText, outside);
    }
}
