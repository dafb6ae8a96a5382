using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Forecasts;

public static class ForecastEndpoints
{
    public const string Tag = "Forecasts";

    public static IEndpointRouteBuilder MapForecastEndpoints(this IEndpointRouteBuilder app)
    {
        var project = app.MapGroup("/api/v1/projects/{key}").WithTags(Tag).RequireAuthorization().RequireProjectAccess();
        var one = app.MapGroup($"/api/v1/forecasts/{{{ForecastsFeature.RouteParameter}}}").WithTags(Tag).RequireAuthorization().RequireProjectAccess();

        project.MapGet("/forecasts", async (ProjectAccess access, ForecastService service, CancellationToken ct) => ApiResults.From(await service.ListAsync(access, ct)))
            .Produces<IReadOnlyList<ForecastRow>>().WithSummary("The project's forecasts, newest first, each with its inputs (date, seed, iterations, distribution, spread) to compare");

        project.MapPost("/forecasts", async (ProjectAccess access, ForecastService service, ForecastRequest request, CancellationToken ct) =>
                ApiResults.From(await service.StartAsync(access, request, ct), row => TypedResults.Accepted($"/api/v1/forecasts/{row.Id}", row)))
            .Produces<ForecastRow>(StatusCodes.Status202Accepted)
            .WithSummary("Run a Monte Carlo forecast in the background {iterations: 100–100,000 (5,000), seed, distribution: triangular|pert (the project's), " +
                "includeRisks (true), targetDate}: 202 with its id; poll GET /api/v1/forecasts/{id} for progress and results");

        project.MapGet("/forecast-settings", async (ProjectAccess access, ForecastService service, CancellationToken ct) =>
            ApiResults.From(await service.SettingsAsync(access, ct))).Produces<ForecastSettingsRow>()
            .WithSummary("The project's forecasting defaults: distribution and the spread given to items without a three-point estimate");

        project.MapPut("/forecast-settings", async (ProjectAccess access, ForecastService service, ForecastSettingsRequest request, CancellationToken ct) =>
                ApiResults.From(await service.SaveSettingsAsync(access, request, ct)))
            .Produces<ForecastSettingsRow>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Set the forecasting defaults {distribution: triangular|pert, spreadLowPercent: 0–100, spreadHighPercent: 0–500, version}");

        one.MapGet("/", async (ProjectAccess access, ForecastService service, Guid forecastId, CancellationToken ct) =>
                ApiResults.From(await service.GetAsync(access, forecastId, ct)))
            .Produces<ForecastRow>()
            .WithSummary("A forecast: status queued|running|done|cancelled|failed, progress 0–1, and once run P50/P80/P95 finish and cost, the deterministic " +
                "and baseline finish, chance by the target date, criticality index per item, drivers (tornado) and the finish histogram");

        one.MapDelete("/", async (ProjectAccess access, ForecastService service, Guid forecastId, CancellationToken ct) =>
                ApiResults.From(await service.CancelOrRemoveAsync(access, forecastId, ct), row => row is null ? Results.NoContent() : Results.Ok(row)))
            .Produces<ForecastRow>().Produces(StatusCodes.Status204NoContent)
            .WithSummary("Cancel a queued or running forecast (200 with its state; it stops within a chunk of iterations), or remove a finished one (204)");
        return app;
    }
}
