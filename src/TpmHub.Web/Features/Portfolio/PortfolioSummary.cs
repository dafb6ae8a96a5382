using TpmHub.Web.Features.Budget;
using TpmHub.Web.Features.Projects;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.Web.Features.Portfolio;

/// <summary>
/// The dashboard at a glance: counts by kind, status and health, every visible project, and the schedule health of
/// those with a baseline (by project key), each project's budget figures (CPI, SPI, budget health) and money totals per currency,
/// and how many communications each project has overdue (by key; projects with none are left out).
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
    IReadOnlyDictionary<string, int>? CommunicationsOverdue = null);

/// <summary>The visible projects' money in one currency: approved budget lines, BAC (planned cost of the work) and spend to date.</summary>
public sealed record CurrencyTotals(decimal Budgeted, decimal Bac, decimal Ac);
