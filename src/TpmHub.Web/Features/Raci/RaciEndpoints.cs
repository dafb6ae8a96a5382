using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Raci;

public static class RaciEndpoints
{
    private const string Tag = "RACI";

    public static IEndpointRouteBuilder MapRaciEndpoints(this IEndpointRouteBuilder app)
    {
        // The routes name {key}, so the gate resolves the project; the service then finds {itemKey} inside it (404 otherwise).
        var project = app.MapGroup("/api/v1/projects/{key}/raci").WithTags(Tag).RequireAuthorization().RequireProjectAccess();

        project.MapGet("/", async (ProjectAccess access, RaciService service, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(access, ct)))
            .Produces<RaciMatrix>()
            .WithSummary("The RACI matrix: epics and milestones in schedule order × members and stakeholders, with each row's problems");

        project.MapPut("/{itemKey}", async (ProjectAccess access, RaciService service, string itemKey, RaciRowRequest request, CancellationToken ct) =>
            ApiResults.From(await service.ReplaceRowAsync(access, itemKey, request, ct)))
            .Produces<RaciRow>()
            .WithSummary("Replace the row of an epic or milestone (cells: memberUserId or stakeholderId, role R|A|C|I); a row may break the rule, it then carries its problems");

        return app;
    }
}
