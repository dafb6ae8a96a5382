using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Projects;

namespace TpmHub.Web.Features.Portfolio;

public static class PortfolioEndpoints
{
    public sealed record PortfolioResponse(
        int Total,
        IReadOnlyDictionary<string, int> ByKind,
        IReadOnlyDictionary<string, int> ByStatus,
        IReadOnlyDictionary<string, int> ByHealth,
        IReadOnlyList<ProjectResponse> Projects,
        IReadOnlyDictionary<string, Work.Schedule.ScheduleHealthService.Row> ScheduleHealth,
        IReadOnlyDictionary<string, Budget.PortfolioBudgetRow> Budget,
        IReadOnlyDictionary<string, CurrencyTotals> BudgetByCurrency,
        IReadOnlyDictionary<string, int> CommunicationsOverdue,
        IReadOnlyDictionary<string, PortfolioForecast> Forecasts);

    public static IEndpointRouteBuilder MapPortfolioEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/portfolio", async (HttpContext http, PortfolioService service, CancellationToken ct) =>
            {
                var summary = await service.GetAsync(http.Caller(), ct);
                return TypedResults.Ok(new PortfolioResponse(summary.Total, summary.ByKind, summary.ByStatus, summary.ByHealth,
                    summary.Projects.Select(ProjectResponse.From).ToList(), summary.ScheduleHealth, summary.Budget, summary.BudgetByCurrency,
                    summary.CommunicationsOverdue ?? new Dictionary<string, int>(), summary.Forecasts ?? new Dictionary<string, PortfolioForecast>()));
            })
            .RequireAuthorization()
            .WithTags("Portfolio")
            .WithSummary("Dashboard summary: counts by kind, status and health, the visible projects, schedule health (vs the latest baseline) and budget (CPI, SPI, budget health) by key, money totals per currency, overdue communications by key (projects with none left out), and the latest forecast's P80 finish and cost by key");
        return app;
    }
}
