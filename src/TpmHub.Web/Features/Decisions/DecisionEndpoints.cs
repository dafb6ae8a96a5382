using TpmHub.Core.Common;
using TpmHub.Core.Decisions;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Decisions;

public static class DecisionEndpoints
{
    public const string Tag = "Decisions";

    public static IEndpointRouteBuilder MapDecisionEndpoints(this IEndpointRouteBuilder app)
    {
        var project = app.MapGroup("/api/v1/projects/{key}/decisions").WithTags(Tag).RequireAuthorization().RequireProjectAccess();
        var one = app.MapGroup($"/api/v1/decisions/{{{DecisionsFeature.RouteParameter}}}").WithTags(Tag).RequireAuthorization().RequireProjectAccess();

        project.MapGet("/", async (ProjectAccess access, DecisionService service, string? status, CancellationToken ct) =>
            {
                var errors = new ValidationErrors();
                var wanted = RequestParsing.Enum<DecisionStatus>(status, "status", errors);
                return errors.Any ? ApiResults.Problem(errors.ToError()) : ApiResults.From(await service.ListAsync(access, wanted, ct));
            })
            .Produces<IReadOnlyList<DecisionRow>>()
            .WithSummary("The project's decision log, newest decided first (proposed on top); ?status=proposed|accepted|superseded|rejected filters");

        project.MapPost("/", async (ProjectAccess access, DecisionService service, DecisionRequest request, CancellationToken ct) =>
            ApiResults.From(await service.CreateAsync(access, request, ct), row => TypedResults.Created($"/api/v1/decisions/{row.Id}", row)))
            .Produces<DecisionRow>(StatusCodes.Status201Created)
            .WithSummary("Log a decision (status proposed|accepted|superseded|rejected; decidedOn yyyy-MM-dd unless proposed; links: work item and RAID keys of the project; supersededBy exactly when superseded)");

        one.MapGet("/", async (ProjectAccess access, DecisionService service, string decisionId, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(access, decisionId, ct))).Produces<DecisionRow>().WithSummary("Get a decision by id or key, with its links, what superseded it and what it supersedes");

        one.MapPut("/", async (ProjectAccess access, DecisionService service, string decisionId, DecisionRequest request, CancellationToken ct) =>
            ApiResults.From(await service.UpdateAsync(access, decisionId, request, ct))).Produces<DecisionRow>().WithSummary("Replace a decision (send the version you read)");

        one.MapDelete("/", async (ProjectAccess access, DecisionService service, string decisionId, CancellationToken ct) =>
            ApiResults.From(await service.DeleteAsync(access, decisionId, ct), _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Delete a decision; refused (409) while another decision names it as the one that superseded it");

        return app;
    }
}
