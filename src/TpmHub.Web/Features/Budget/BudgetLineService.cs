using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Budget;
using TpmHub.Core.Common;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.People.Time;

namespace TpmHub.Web.Features.Budget;

/// <summary>A project's approved budget: lines of category × spend type × month.</summary>
public sealed class BudgetLineService(IDbContextFactory<TpmHubDbContext> dbFactory)
{
    public async Task<Result<IReadOnlyList<BudgetLineRow>>> ListAsync(ProjectAccess project, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var lines = await db.BudgetLines.AsNoTracking().Where(l => l.ProjectId == project.Id)
            .OrderBy(l => l.Month).ThenBy(l => l.Category).ThenBy(l => l.SpendType).ThenBy(l => l.Id).ToListAsync(ct);
        return lines.Select(Row).ToList();
    }

    public async Task<Result<BudgetLineRow>> GetAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var line = await db.BudgetLines.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id && l.ProjectId == project.Id, ct);
        return line is null ? NotFound() : Row(line);
    }

    public async Task<Result<BudgetLineRow>> CreateAsync(ProjectAccess project, BudgetLineRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var draft = request.ToDraft(requireVersion: false);
        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var line = new BudgetLine { Id = Guid.CreateVersion7(), ProjectId = project.Id };
        Apply(line, draft.Value!);
        db.BudgetLines.Add(line);
        await db.SaveChangesAsync(ct);
        return Row(line);
    }

    public async Task<Result<BudgetLineRow>> UpdateAsync(ProjectAccess project, Guid id, BudgetLineRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var draft = request.ToDraft(requireVersion: true);
        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var line = await db.BudgetLines.SingleOrDefaultAsync(l => l.Id == id && l.ProjectId == project.Id, ct);
        if (line is null)
        {
            return NotFound();
        }

        db.Entry(line).Property(l => l.Version).OriginalValue = request.Version!.Value;
        Apply(line, draft.Value!);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("Someone else changed this budget line after you loaded it. Reload to see their changes.",
                (await GetAsync(project, id, ct)).Value);
        }

        return Row(line);
    }

    public async Task<Result<bool>> DeleteAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var line = await db.BudgetLines.SingleOrDefaultAsync(l => l.Id == id && l.ProjectId == project.Id, ct);
        if (line is null)
        {
            return NotFound();
        }

        db.BudgetLines.Remove(line);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Planned against actual by category and by month as of a status date (default today).</summary>
    public async Task<Result<BudgetSummary>> SummaryAsync(ProjectAccess project, DateOnly asOf, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var warning = await db.Projects.Where(p => p.Id == project.Id).Select(p => p.BudgetWarningPercent).SingleAsync(ct);
        var planned = await db.BudgetLines.AsNoTracking().Where(l => l.ProjectId == project.Id)
            .GroupBy(l => new { l.Category, l.Month }).Select(g => new { g.Key.Category, g.Key.Month, Amount = g.Sum(l => l.Amount) }).ToListAsync(ct);
        var actual = await db.Expenses.AsNoTracking().Where(e => e.ProjectId == project.Id && e.Date <= asOf)
            .GroupBy(e => new { e.Category, e.Date.Year, e.Date.Month })
            .Select(g => new { g.Key.Category, g.Key.Year, g.Key.Month, Amount = g.Sum(e => e.Kind == ExpenseKind.Refund ? -e.Amount : e.Amount) })
            .ToListAsync(ct);
        // Hours logged are labour actuals, beside the labour invoices.
        var labour = (await TimeEntryCosts.ByMonthAsync(db, project.Id, asOf, ct))
            .Select(m => new { Category = BudgetCategory.Labour, m.Year, m.Month, Amount = m.Cost }).ToList();
        actual = actual.Concat(labour).ToList();
        var statusMonth = new DateOnly(asOf.Year, asOf.Month, 1);

        var categories = Enum.GetValues<BudgetCategory>()
            .Select(c =>
            {
                var plan = planned.Where(p => p.Category == c).Sum(p => p.Amount);
                var spent = actual.Where(a => a.Category == c).Sum(a => a.Amount);
                var later = planned.Where(p => p.Category == c && p.Month > statusMonth).Sum(p => p.Amount);
                decimal? share = plan == 0m ? null : spent * 100m / plan;
                var flagged = share >= warning || (plan == 0m && spent > 0m);
                return new CategorySummary(c, plan, spent, plan - spent, spent + later,
                    share is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null, flagged);
            })
            .Where(c => c.Planned != 0m || c.Actual != 0m).ToList();

        var months = planned.Select(p => p.Month).Concat(actual.Select(a => new DateOnly(a.Year, a.Month, 1))).Distinct().Order().ToList();
        var rows = new List<MonthSummary>(months.Count);
        decimal plannedToDate = 0m, actualToDate = 0m;
        foreach (var month in months)
        {
            var plan = planned.Where(p => p.Month == month).Sum(p => p.Amount);
            var spent = actual.Where(a => a.Year == month.Year && a.Month == month.Month).Sum(a => a.Amount);
            plannedToDate += plan;
            actualToDate += spent;
            rows.Add(new MonthSummary(month.ToString("yyyy-MM", CultureInfo.InvariantCulture), plan, spent, plannedToDate, actualToDate));
        }

        var totalPlanned = categories.Sum(c => c.Planned);
        var totalActual = categories.Sum(c => c.Actual);
        return new BudgetSummary(project.Currency, asOf, warning, totalPlanned, totalActual, totalPlanned - totalActual, categories.Sum(c => c.Forecast), categories, rows,
            decimal.Round(labour.Sum(l => l.Amount), 2));
    }

    /// <summary>Sets the share of a category's plan spent from which it is flagged (1–100 %).</summary>
    public async Task<Result<int>> SetWarningPercentAsync(ProjectAccess project, int? percent, CancellationToken ct = default)
    {
        if (percent is not (>= 1 and <= 100))
        {
            return Error.Invalid("warningPercent", "warningPercent must be between 1 and 100.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entity = await db.Projects.SingleAsync(p => p.Id == project.Id, ct);
        entity.BudgetWarningPercent = percent.Value;
        await db.SaveChangesAsync(ct);
        return percent.Value;
    }

    private static void Apply(BudgetLine line, BudgetLineDraft draft)
    {
        line.Category = draft.Category;
        line.SpendType = draft.SpendType;
        line.Month = draft.Month;
        line.Amount = draft.Amount;
        line.Note = draft.Note;
    }

    internal static BudgetLineRow Row(BudgetLine l) =>
        new(l.Id, l.Category, l.SpendType, l.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), l.Amount, l.Note, l.Version);

    private static Error NotFound() => Error.NotFound("Budget line");
}
