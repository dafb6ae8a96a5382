using TpmHub.Core.Budget;

namespace TpmHub.Web.Features.Budget;

/// <summary>
/// Planned against actual for one category. Forecast at completion = spent to date + what is still planned for the
/// months after the status month. Flagged when spent reaches the project's warning share of the plan (or with spend
/// and no plan).
/// </summary>
/// <param name="Actual">Net expenses of the category; for labour, plus the cost of the hours logged (<see cref="BudgetSummary.TimesheetLabour"/>).</param>
public sealed record CategorySummary(BudgetCategory Category, decimal Planned, decimal Actual, decimal Remaining, decimal Forecast, decimal? SpentPercent, bool Flagged);

/// <summary>Planned against actual for one month (<c>yyyy-MM</c>), with running totals for the burn chart.</summary>
public sealed record MonthSummary(string Month, decimal Planned, decimal Actual, decimal PlannedToDate, decimal ActualToDate);

public sealed record BudgetSummary(
    string Currency,
    DateOnly AsOf,
    int WarningPercent,
    decimal Planned,
    decimal Actual,
    decimal Remaining,
    decimal Forecast,
    IReadOnlyList<CategorySummary> Categories,
    IReadOnlyList<MonthSummary> Months,
    decimal TimesheetLabour = 0m);

public sealed record BudgetSettingsRequest(int? WarningPercent);
