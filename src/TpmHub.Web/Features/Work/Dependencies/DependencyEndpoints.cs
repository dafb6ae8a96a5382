using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Work.Dependencies;

public static class DependencyEndpoints
{
    public static IEndpointRouteBuilder MapDependencyEndpoints(this IEndpointRouteBuilder app)
    {
        var links = app.MapGroup("/api/v1/projects/{key}/dependencies").WithTags("Work and schedule").RequireAuthorization().RequireProjectAccess();

        links.MapGet("/", async (ProjectAccess access, DependencyService service, CancellationToken ct) =>
            ApiResults.From(await service.ListAsync(access, ct))).WithSummary("List a project's dependencies");

        links.MapPost("/", async (ProjectAccess access, DependencyService service, DependencyDraft request, CancellationToken ct) =>
            ApiResults.From(await service.AddAsync(access, request, ct), row => TypedResults.Created($"/api/v1/projects/{access.Key}/dependencies/{row.Id}", row)))
            .WithSummary("Link two work items (FS, SS, FF, SF with lag); a link that would close a cycle is refused with the cycle named");

        links.MapDelete("/{id:guid}", async (ProjectAccess access, DependencyService service, Guid id, CancellationToken ct) =>
            ApiResults.From(await service.DeleteAsync(access, id, ct), _ => TypedResults.NoContent())).WithSummary("Remove a link");

        return app;
    }
}
