using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Communications;

public static class CommunicationEndpoints
{
    public const string Tag = "Communications";

    public static IEndpointRouteBuilder MapCommunicationEndpoints(this IEndpointRouteBuilder app)
    {
        var project = app.MapGroup("/api/v1/projects/{key}/communications").WithTags(Tag).RequireAuthorization().RequireProjectAccess();
        var one = app.MapGroup($"/api/v1/communications/{{{CommunicationsFeature.RouteParameter}}}").WithTags(Tag).RequireAuthorization().RequireProjectAccess();

        project.MapGet("/", async (ProjectAccess access, CommunicationService service, CancellationToken ct) =>
            ApiResults.From(await service.ListAsync(access, ct)))
            .Produces<IReadOnlyList<CommunicationRow>>()
            .WithSummary("The project's communication plan, soonest due first, each with whether it is overdue and when it is due in words");

        project.MapPost("/", async (ProjectAccess access, CommunicationService service, CommunicationRequest request, CancellationToken ct) =>
            ApiResults.From(await service.CreateAsync(access, request, ct), row => TypedResults.Created($"/api/v1/communications/{row.Id}", row)))
            .Produces<CommunicationRow>(StatusCodes.Status201Created)
            .WithSummary("Add a communication (frequency weekly|fortnightly|monthly|perMilestone; nextDue yyyy-MM-dd; owner a project member; stakeholderIds from the register)");

        one.MapGet("/", async (ProjectAccess access, CommunicationService service, Guid communicationId, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(access, communicationId, ct))).Produces<CommunicationRow>().WithSummary("Get a communication");

        one.MapPut("/", async (ProjectAccess access, CommunicationService service, Guid communicationId, CommunicationRequest request, CancellationToken ct) =>
            ApiResults.From(await service.UpdateAsync(access, communicationId, request, ct))).Produces<CommunicationRow>().WithSummary("Replace a communication (send the version you read)");

        one.MapDelete("/", async (ProjectAccess access, CommunicationService service, Guid communicationId, CancellationToken ct) =>
            ApiResults.From(await service.DeleteAsync(access, communicationId, ct), _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent).WithSummary("Remove a communication from the plan");

        one.MapPost("/sent", async (ProjectAccess access, CommunicationService service, Guid communicationId,
                [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] CommunicationSentRequest? request, CancellationToken ct) =>
            ApiResults.From(await service.MarkSentAsync(access, communicationId, request, ct)))
            .Produces<CommunicationSentResult>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Mark a communication sent (JSON body, may be {} or empty: on yyyy-MM-dd, today when left out; version optional) and move its next due date by its frequency; per milestone, to the next open milestone's planned finish");

        return app;
    }
}
