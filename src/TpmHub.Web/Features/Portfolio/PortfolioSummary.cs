using TpmHub.Web.Features.Budget;
using TpmHub.Web.Features.Projects;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.Web.Features.Portfolio;

/// <summary>
/// The dashboard at a glance: counts by kind, status and health, every visible project, and the schedule health of
/// those with a baseline (by project key), each project's budget figures (CPI, SPI, budget health) and money totals per currency,
/// how many communications each project has overdue (by key; projects with none are left out), and the latest
/// forecast's P80 of each project that has one (by key).
/// </summary>
public sealed record PortfolioSummary(
    int Total,
    IReadOnlyDictionary<string, int> ByKind,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByHealth,
    IReadOnlyList<ProjectRow> Projects,
    IReadOnlyDictionary<string, ScheduleHealthService.Row> ScheduleHealth,
    IReadOnlyDictionary<string, PortfolioBudgetRow> Budget,
    IReadOnlyDictionary<string, CurrencyTotals> BudgetByCurrency,
    IReadOnlyDictionary<string, int>? CommunicationsOverdue = null,
    IReadOnlyDictionary<string, PortfolioForecast>? Forecasts = null);

/// <summary>A project's latest forecast at a glance: its P80 finish and cost, and the chance of meeting its target when one was asked.</summary>
public sealed record PortfolioForecast(DateOnly P80Finish, decimal P80Cost, double? ChanceByTarget, DateTimeOffset At);

/// <summary>The visible projects' money in one currency: approved budget lines, BAC (planned cost of the work) and spend to date.</summary>
public sealed record CurrencyTotals(decimal Budgeted, decimal Bac, decimal Ac);
