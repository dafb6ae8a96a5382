using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Stakeholders;

public static class StakeholderEndpoints
{
    private const string Tag = "Stakeholders";

    public static IEndpointRouteBuilder MapStakeholderEndpoints(this IEndpointRouteBuilder app)
    {
        var project = app.MapGroup("/api/v1/projects/{key}/stakeholders").WithTags(Tag).RequireAuthorization().RequireProjectAccess();
        var one = app.MapGroup($"/api/v1/stakeholders/{{{StakeholdersFeature.RouteParameter}}}").WithTags(Tag).RequireAuthorization().RequireProjectAccess();

        project.MapGet("/", async (ProjectAccess access, StakeholderService service, CancellationToken ct) =>
            ApiResults.From(await service.ListAsync(access, ct))).WithSummary("The project's stakeholder register, most powerful first, with quadrant and engagement gap");

        project.MapPost("/", async (ProjectAccess access, StakeholderService service, StakeholderRequest request, CancellationToken ct) =>
            ApiResults.From(await service.CreateAsync(access, request, ct), row => TypedResults.Created($"/api/v1/stakeholders/{row.Id}", row)))
            .Produces<StakeholderRow>(StatusCodes.Status201Created)
            .WithSummary("Add a stakeholder (power and interest 1–5; engagement unaware|resistant|neutral|supportive|leading)");

        one.MapGet("/", async (ProjectAccess access, StakeholderService service, Guid stakeholderId, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(access, stakeholderId, ct))).WithSummary("Get a stakeholder");

        one.MapPut("/", async (ProjectAccess access, StakeholderService service, Guid stakeholderId, StakeholderRequest request, CancellationToken ct) =>
            ApiResults.From(await service.UpdateAsync(access, stakeholderId, request, ct))).WithSummary("Replace a stakeholder (send the version you read)");

        one.MapDelete("/", async (ProjectAccess access, StakeholderService service, Guid stakeholderId, CancellationToken ct) =>
            ApiResults.From(await service.DeleteAsync(access, stakeholderId, ct), _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent).WithSummary("Remove a stakeholder from the register");

        return app;
    }
}
