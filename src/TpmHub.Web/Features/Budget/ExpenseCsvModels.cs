using System.Globalization;
using TpmHub.Core.Budget;

namespace TpmHub.Web.Features.Budget;

/// <summary>
/// One problem in an imported file. <c>row</c> is numbered as a spreadsheet shows it: the header is row 1, the first data
/// row is row 2. <c>column</c> is the column's name (<c>amount</c>, <c>workItem</c>), or null when the whole row is at fault.
/// </summary>
public sealed record ExpenseCsvError(int Row, string? Column, string Message)
{
    /// <summary>The key of this error in a validation problem's <c>errors</c>: <c>row 3: amount</c>, or <c>row 3</c>.</summary>
    public string Key => Column is null ? $"row {Row.ToString(CultureInfo.InvariantCulture)}" : $"row {Row.ToString(CultureInfo.InvariantCulture)}: {Column}";
}

/// <summary>A row of an imported file as it would be saved; <c>row</c> is its spreadsheet row number.</summary>
public sealed record ExpenseImportItem(int Row, DateOnly Date, decimal Amount, BudgetCategory Category, ExpenseKind Kind, string Vendor, string Reference,
    string? WorkItem, string Note);

/// <summary>The answer to a dry run: how many rows, their net amount (refunds subtract) and the first rows as they would be saved.</summary>
public sealed record ExpenseImportPreview(int Count, decimal NetAmount, IReadOnlyList<ExpenseImportItem> Items);

/// <summary>The answer to an import: how many expenses were saved and their net amount (refunds subtract).</summary>
public sealed record ExpenseImportSummary(int Count, decimal NetAmount);

/// <summary>What came of reading a file (and saving it, unless a dry run): either errors, and nothing saved, or the rows.</summary>
public sealed record ExpenseImportOutcome(IReadOnlyList<ExpenseCsvError> Errors, int Count, decimal NetAmount, IReadOnlyList<ExpenseImportItem> Items, bool Saved)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The errors keyed as a validation problem's <c>errors</c> dictionary (<c>row 3: amount</c>).</summary>
    public IReadOnlyDictionary<string, string[]> ErrorsByKey() =>
        Errors.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);

    public static ExpenseImportOutcome Failed(IReadOnlyList<ExpenseCsvError> errors) => new(errors, 0, 0m, [], false);
}
