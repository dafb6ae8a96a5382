using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.Portfolio;

public static class PortfolioRiskEndpoints
{
    /// <summary>Spans every project the caller may see, so it names none and the gate's membership rule is applied inside the queries.</summary>
    public static IEndpointRouteBuilder MapPortfolioRiskEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/portfolio/risks", async (HttpContext http, PortfolioRiskService service, bool? residual, CancellationToken ct) =>
        {
            var caller = http.Caller();
            return TypedResults.Ok(new PortfolioRisksResponse(await service.HeatmapAsync(caller, residual ?? false, ct),
                await service.TopRisksAsync(caller, 10, ct), await service.OverdueAsync(caller, ct)));
        }).RequireAuthorization().WithTags("Portfolio").WithSummary("Cross-project heat map, top risks and overdue reviews/dependencies");
        return app;
    }
}
