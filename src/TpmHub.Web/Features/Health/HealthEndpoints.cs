using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Projects;

namespace TpmHub.Web.Features.Health;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/projects/{key}/health-override").WithTags("Projects").RequireAuthorization().RequireProjectAccess();

        group.MapPut("/", async (ProjectAccess access, ProjectHealthService health, ProjectService projects, HealthOverrideRequest request, CancellationToken ct) =>
        {
            var set = await health.SetOverrideAsync(access, request, ct);
            return set.IsSuccess
                ? ApiResults.From(await projects.GetAsync(access, ct), p => TypedResults.Ok(ProjectResponse.From(p)))
                : ApiResults.Problem(set.Error!);
        }).Produces<ProjectResponse>()
            .WithSummary("Override the computed health (leads): {rating: green|amber|red, reason}; answers the project, whose health is now the override");

        group.MapDelete("/", async (ProjectAccess access, ProjectHealthService health, ProjectService projects, CancellationToken ct) =>
        {
            await health.ClearOverrideAsync(access, ct);
            return ApiResults.From(await projects.GetAsync(access, ct), p => TypedResults.Ok(ProjectResponse.From(p)));
        }).Produces<ProjectResponse>().WithSummary("Remove the override: the computed health counts again; answers the project");

        return app;
    }
}
