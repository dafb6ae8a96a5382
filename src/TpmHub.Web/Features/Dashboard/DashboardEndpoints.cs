using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Dashboard;

public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/projects/{key}/dashboard").WithTags("Projects").RequireAuthorization().RequireProjectAccess()
            .MapGet("/", async (ProjectAccess access, ProjectDashboardService dashboards, CancellationToken ct) => TypedResults.Ok(await dashboards.BuildAsync(access, ct)))
            .WithSummary("The stakeholder dashboard: health and why, milestones, forecast finish against the baseline, late critical work, top risks, money in sentences");
        return app;
    }
}
