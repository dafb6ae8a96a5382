using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Budget;
using TpmHub.Core.Common;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Budget;

/// <summary>A project's actual spend: expenses and refunds, optionally against a work item of the project.</summary>
public sealed class ExpenseService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<Result<ExpensePage>> ListAsync(ProjectAccess project, ExpenseQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var matching = Filter(db, project.Id, query);
        var total = await matching.CountAsync(ct);
        var net = await matching.SumAsync(e => e.Kind == ExpenseKind.Refund ? -e.Amount : e.Amount, ct);
        var items = await Rows(db, matching.OrderByDescending(e => e.Date).ThenByDescending(e => e.CreatedAt).ThenBy(e => e.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)).ToListAsync(ct);
        return new ExpensePage(items, total, net);
    }

    internal static IQueryable<Expense> Filter(TpmHubDbContext db, Guid projectId, ExpenseQuery query)
    {
        var expenses = db.Expenses.AsNoTracking().Where(e => e.ProjectId == projectId);
        if (query.From is { } from)
        {
            expenses = expenses.Where(e => e.Date >= from);
        }

        if (query.To is { } to)
        {
            expenses = expenses.Where(e => e.Date <= to);
        }

        if (query.Category is { } category)
        {
            expenses = expenses.Where(e => e.Category == category);
        }

        if (query.Kind is { } kind)
        {
            expenses = expenses.Where(e => e.Kind == kind);
        }

        return expenses;
    }

    internal static IQueryable<ExpenseRow> Rows(TpmHubDbContext db, IQueryable<Expense> expenses) =>
        from e in expenses
        join w in db.WorkItems on e.WorkItemId equals w.Id into wj
        from w in wj.DefaultIfEmpty()
        select new ExpenseRow(e.Id, e.Date, e.Amount, e.Category, e.Kind, e.Vendor, e.Reference, w == null ? null : w.Key, e.Note, e.Version);

    public async Task<Result<ExpenseRow>> GetAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await Rows(db, db.Expenses.AsNoTracking().Where(e => e.Id == id && e.ProjectId == project.Id)).SingleOrDefaultAsync(ct);
        return row is null ? Error.NotFound("Expense") : row;
    }

    public async Task<Result<ExpenseRow>> CreateAsync(ProjectAccess project, ExpenseRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var draft = request.ToDraft(Today, requireVersion: false);
        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var workItems = await WorkItemIdsAsync(db, project, [draft.Value!.WorkItemKey], ct);
        if (Unknown(draft.Value!, workItems) is { } unknown)
        {
            return unknown;
        }

        var expense = New(project, draft.Value!, workItems, time.GetUtcNow());
        db.Expenses.Add(expense);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(project, expense.Id, ct)).Value!;
    }

    public async Task<Result<ExpenseRow>> UpdateAsync(ProjectAccess project, Guid id, ExpenseRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var draft = request.ToDraft(Today, requireVersion: true);
        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var expense = await db.Expenses.SingleOrDefaultAsync(e => e.Id == id && e.ProjectId == project.Id, ct);
        if (expense is null)
        {
            return Error.NotFound("Expense");
        }

        var workItems = await WorkItemIdsAsync(db, project, [draft.Value!.WorkItemKey], ct);
        if (Unknown(draft.Value!, workItems) is { } unknown)
        {
            return unknown;
        }

        db.Entry(expense).Property(e => e.Version).OriginalValue = request.Version!.Value;
        Apply(expense, draft.Value!, workItems);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("Someone else changed this expense after you loaded it. Reload to see their changes.",
                (await GetAsync(project, id, ct)).Value);
        }

        return (await GetAsync(project, id, ct)).Value!;
    }

    public async Task<Result<bool>> DeleteAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var expense = await db.Expenses.SingleOrDefaultAsync(e => e.Id == id && e.ProjectId == project.Id, ct);
        if (expense is null)
        {
            return Error.NotFound("Expense");
        }

        db.Expenses.Remove(expense);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The ids of the given work-item keys that belong to this project (keys of other projects are absent).</summary>
    internal static async Task<Dictionary<string, Guid>> WorkItemIdsAsync(TpmHubDbContext db, ProjectAccess project, IEnumerable<string?> keys, CancellationToken ct)
    {
        var wanted = keys.OfType<string>().Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        return await db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id && wanted.Contains(w.Key))
            .ToDictionaryAsync(w => w.Key, w => w.Id, ct);
    }

    internal static Error? Unknown(ExpenseDraft draft, IReadOnlyDictionary<string, Guid> workItems, string field = "workItem") =>
        draft.WorkItemKey is { } key && !workItems.ContainsKey(key)
            ? Error.Invalid(field, $"Work item {key} is not a work item of this project.")
            : null;

    internal static Expense New(ProjectAccess project, ExpenseDraft draft, IReadOnlyDictionary<string, Guid> workItems, DateTimeOffset now)
    {
        var expense = new Expense { Id = Guid.CreateVersion7(), ProjectId = project.Id, CreatedAt = now };
        Apply(expense, draft, workItems);
        return expense;
    }

    private static void Apply(Expense expense, ExpenseDraft draft, IReadOnlyDictionary<string, Guid> workItems)
    {
        expense.Date = draft.Date;
        expense.Amount = draft.Amount;
        expense.Category = draft.Category;
        expense.Kind = draft.Kind;
        expense.Vendor = draft.Vendor;
        expense.Reference = draft.Reference;
        expense.WorkItemId = draft.WorkItemKey is { } key ? workItems[key] : null;
        expense.Note = draft.Note;
    }
}
