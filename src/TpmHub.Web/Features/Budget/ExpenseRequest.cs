using TpmHub.Core.Budget;
using TpmHub.Core.Common;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Budget;

/// <summary>An expense as the API, the form and the CSV import send it. <c>workItem</c> is a work-item key of the same project.</summary>
public sealed record ExpenseRequest(
    string? Date,
    decimal? Amount,
    string? Category,
    string? Kind,
    string? Vendor,
    string? Reference,
    string? WorkItem,
    string? Note,
    uint? Version)
{
    public Result<ExpenseDraft> ToDraft(DateOnly today, bool requireVersion)
    {
        var errors = new ValidationErrors();
        var date = RequestParsing.Date(Date, "date", errors);
        if (!errors.Has("date"))
        {
            BudgetRules.ExpenseDate("date", date, today, errors);
        }

        BudgetRules.PositiveAmount("amount", Amount, errors);
        var category = BudgetLineRequest.Required<BudgetCategory>(Category, "category", errors);
        var kind = string.IsNullOrWhiteSpace(Kind) ? ExpenseKind.Expense : RequestParsing.Enum<ExpenseKind>(Kind, "kind", errors);
        BudgetRules.Text("vendor", Vendor, BudgetRules.VendorMaxLength, errors);
        BudgetRules.Text("reference", Reference, BudgetRules.ReferenceMaxLength, errors);
        BudgetRules.Text("workItem", WorkItem, 24, errors);
        BudgetRules.Text("note", Note, BudgetRules.NoteMaxLength, errors);
        if (requireVersion && Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        return errors.Any
            ? errors.ToError()
            : new ExpenseDraft(date!.Value, Amount!.Value, category!.Value, kind!.Value, Vendor?.Trim() ?? "", Reference?.Trim() ?? "",
                string.IsNullOrWhiteSpace(WorkItem) ? null : WorkItem.Trim().ToUpperInvariant(), Note?.Trim() ?? "");
    }
}

public sealed record ExpenseDraft(DateOnly Date, decimal Amount, BudgetCategory Category, ExpenseKind Kind, string Vendor, string Reference, string? WorkItemKey, string Note);

public sealed record ExpenseRow(
    Guid Id,
    DateOnly Date,
    decimal Amount,
    BudgetCategory Category,
    ExpenseKind Kind,
    string Vendor,
    string Reference,
    string? WorkItem,
    string Note,
    uint Version);

/// <summary>The expenses list's filters and page; the answer is <c>{items, total}</c> plus the net amount of all that match.</summary>
public sealed record ExpenseQuery(DateOnly? From, DateOnly? To, BudgetCategory? Category, ExpenseKind? Kind, int Page = 1, int PageSize = 50);

public sealed record ExpensePage(IReadOnlyList<ExpenseRow> Items, int Total, decimal NetAmount);
