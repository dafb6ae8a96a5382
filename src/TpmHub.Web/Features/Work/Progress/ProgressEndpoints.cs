using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Work.Progress;

public static class ProgressEndpoints
{
    public static IEndpointRouteBuilder MapProgressEndpoints(this IEndpointRouteBuilder app)
    {
        var progress = app.MapGroup("/api/v1/work-items/{itemKey}/progress").WithTags("Budget and earned value").RequireAuthorization().RequireProjectAccess();

        progress.MapGet("/", async (ProjectAccess access, ProgressService service, string itemKey, CancellationToken ct) =>
            ApiResults.From(await service.HistoryAsync(access, itemKey, ct))).WithName("listWorkItemProgress")
            .WithSummary("A work item's dated progress, latest first");

        progress.MapPost("/", async (ProjectAccess access, ProgressService service, string itemKey, ProgressRequest request, CancellationToken ct) =>
            ApiResults.From(await service.RecordAsync(access, itemKey, request, ct),
                row => TypedResults.Created($"/api/v1/work-items/{itemKey}/progress", row)))
            .WithName("recordWorkItemProgress").Produces<ProgressRow>(StatusCodes.Status201Created).WithSummary("Record a work item's percent complete as of a status date (default today)");

        return app;
    }
}
