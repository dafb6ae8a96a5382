using TpmHub.Core.Projects;

namespace TpmHub.Web.Features.Budget;

public sealed record BaselineRef(Guid Id, string Name);

/// <summary>
/// Earned value at a status date (DESIGN.md "Earned value"): money to 2 decimals, ratios to 4, null where a
/// denominator is 0. <c>basis</c> says what PV is measured against: <c>baseline</c> (the chosen one, else the latest)
/// or <c>currentPlan</c> when the project has no baseline. <c>itemsOutsideBaseline</c> counts work items added after it
/// (they take no part until the next baseline).
/// </summary>
public sealed record EarnedValueResponse(
    DateOnly AsOf,
    string Currency,
    BaselineRef? Baseline,
    string Basis,
    string BasisText,
    decimal Bac,
    decimal Pv,
    decimal Ev,
    decimal Ac,
    decimal Cv,
    decimal Sv,
    decimal? Cpi,
    decimal? Spi,
    decimal? Eac,
    decimal? Etc,
    decimal? Vac,
    decimal? Tcpi,
    ProjectHealth? Health,
    string HealthReason,
    IReadOnlyDictionary<string, string> Readings,
    int ItemsOutsideBaseline);

/// <summary>One week of the S-curve: cumulative PV, EV and AC as of the end of the week (its Sunday, or the series' last day).</summary>
public sealed record EarnedValuePoint(DateOnly Week, decimal Pv, decimal Ev, decimal Ac, decimal? Cpi, decimal? Spi);

/// <summary>A project's budget on the portfolio: approved budget lines, BAC and AC to date, CPI, SPI and the budget health.</summary>
public sealed record PortfolioBudgetRow(decimal Budgeted, decimal Bac, decimal Ac, decimal? Cpi, decimal? Spi, ProjectHealth? Health, string Explanation);
