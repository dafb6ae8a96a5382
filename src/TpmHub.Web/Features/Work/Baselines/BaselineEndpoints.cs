using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Work.Baselines;

public static class BaselineEndpoints
{
    public sealed record BaselineRequest(string? Name);

    public static IEndpointRouteBuilder MapBaselineEndpoints(this IEndpointRouteBuilder app)
    {
        var baselines = app.MapGroup("/api/v1/projects/{key}/baselines").WithTags("Work and schedule").RequireAuthorization().RequireProjectAccess();

        baselines.MapGet("/", async (ProjectAccess access, BaselineService service, CancellationToken ct) =>
            ApiResults.From(await service.ListAsync(access, ct))).WithSummary("List baselines");

        baselines.MapPost("/", async (ProjectAccess access, BaselineService service, BaselineRequest request, CancellationToken ct) =>
            ApiResults.From(await service.SaveAsync(access, request.Name, ct),
                row => TypedResults.Created($"/api/v1/projects/{access.Key}/baselines/{row.Id}/variance", row)))
            .WithSummary("Save the current planned dates and budgets as a named baseline");

        baselines.MapGet("/{id:guid}/variance", async (ProjectAccess access, BaselineService service, Guid id, CancellationToken ct) =>
            ApiResults.From(await service.VarianceAsync(access, id, ct)))
            .WithSummary("Variance of the current plan against a baseline, in working days (positive = later)");

        return app;
    }
}
