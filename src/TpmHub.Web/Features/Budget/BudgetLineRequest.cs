using TpmHub.Core.Budget;
using TpmHub.Core.Common;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Budget;

/// <summary>A budget line as the API and the grid send it; enums and the month arrive as text for field-named errors.</summary>
public sealed record BudgetLineRequest(string? Category, string? SpendType, string? Month, decimal? Amount, string? Note, uint? Version)
{
    public Result<BudgetLineDraft> ToDraft(bool requireVersion)
    {
        var errors = new ValidationErrors();
        var category = Required<BudgetCategory>(Category, "category", errors);
        var spendType = Required<SpendType>(SpendType, "spendType", errors);
        var month = BudgetRules.Month("month", Month, errors);
        BudgetRules.PositiveAmount("amount", Amount, errors);
        BudgetRules.Text("note", Note, BudgetRules.NoteMaxLength, errors);
        if (requireVersion && Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        return errors.Any ? errors.ToError() : new BudgetLineDraft(category!.Value, spendType!.Value, month!.Value, Amount!.Value, Note?.Trim() ?? "");
    }

    internal static T? Required<T>(string? text, string field, ValidationErrors errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, $"{field} is required; use one of {string.Join(", ", Enum.GetValues<T>().Select(EnumText.ToApi))}.");
            return null;
        }

        return RequestParsing.Enum<T>(text, field, errors);
    }
}

public sealed record BudgetLineDraft(BudgetCategory Category, SpendType SpendType, DateOnly Month, decimal Amount, string Note);

/// <summary>A budget line as the API returns it (<c>month</c> as <c>yyyy-MM</c>).</summary>
public sealed record BudgetLineRow(Guid Id, BudgetCategory Category, SpendType SpendType, string Month, decimal Amount, string Note, uint Version);
