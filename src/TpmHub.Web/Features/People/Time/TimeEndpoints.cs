using TpmHub.Core.Common;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.People.Time;

public static class TimeEndpoints
{
    public const string Tag = "Time";

    public static IEndpointRouteBuilder MapTimeEndpoints(this IEndpointRouteBuilder app)
    {
        var project = app.MapGroup("/api/v1/projects/{key}").WithTags(Tag).RequireAuthorization().RequireProjectAccess();
        var one = app.MapGroup($"/api/v1/time-entries/{{{TimeFeature.RouteParameter}}}").WithTags(Tag).RequireAuthorization().RequireProjectAccess();

        project.MapGet("/time-entries", async (ProjectAccess access, TimeEntryService service, string? from, string? to, Guid? personId, CancellationToken ct) =>
            {
                var errors = new ValidationErrors();
                var first = RequestParsing.Date(from, "from", errors);
                var last = RequestParsing.Date(to, "to", errors);
                return errors.Any ? ApiResults.Problem(errors.ToError()) : ApiResults.From(await service.ListAsync(access, first, last, personId, ct));
            })
            .Produces<IReadOnlyList<TimeEntryRow>>()
            .WithSummary($"Time logged on the project, newest first (?from, ?to yyyy-MM-dd, ?personId; at most {TimeEntryService.MaxList}), each with its labour cost");

        project.MapPost("/time-entries", async (ProjectAccess access, TimeEntryService service, TimeEntryRequest request, CancellationToken ct) =>
                ApiResults.From(await service.CreateAsync(access, request, ct), row => TypedResults.Created($"/api/v1/time-entries/{row.Id}", row)))
            .Produces<TimeEntryRow>(StatusCodes.Status201Created)
            .WithSummary("Log time {personId, date, hours, workItem?, note?}: 0 < hours ≤ 24 and a person's day ≤ 24 h, from the project start to today; " +
                "the person needs a rate in the project's currency on that day");

        project.MapGet("/people/{personId:guid}/timesheet", async (ProjectAccess access, TimeEntryService service, Guid personId, string? week, CancellationToken ct) =>
            {
                var errors = new ValidationErrors();
                var day = RequestParsing.Date(week, "week", errors);
                return errors.Any
                    ? ApiResults.Problem(errors.ToError())
                    : ApiResults.From(await service.TimesheetAsync(access, personId, day ?? service.Today, ct));
            })
            .Produces<Timesheet>().WithSummary("A person's week on the project (?week: any day of it, default this week): rows per work item, Monday first");

        project.MapPost("/people/{personId:guid}/timesheet/approve", async (ProjectAccess access, TimeEntryService service, Guid personId, TimesheetApproval request,
                CancellationToken ct) => ApiResults.From(await service.ApproveAsync(access, personId, request, ct)))
            .Produces<Timesheet>().WithSummary("Approve a person's week {week: its Monday or any day of it}: its entries are locked");

        one.MapGet("/", async (ProjectAccess access, TimeEntryService service, Guid timeEntryId, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(access, timeEntryId, ct))).Produces<TimeEntryRow>().WithSummary("Get a time entry");

        one.MapPut("/", async (ProjectAccess access, TimeEntryService service, Guid timeEntryId, TimeEntryRequest request, CancellationToken ct) =>
                ApiResults.From(await service.UpdateAsync(access, timeEntryId, request, ct)))
            .Produces<TimeEntryRow>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Replace a time entry (send the version you read); 409 when its week is approved");

        one.MapDelete("/", async (ProjectAccess access, TimeEntryService service, Guid timeEntryId, CancellationToken ct) =>
                ApiResults.From(await service.DeleteAsync(access, timeEntryId, ct), _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Delete a time entry; 409 when its week is approved");

        return app;
    }
}
