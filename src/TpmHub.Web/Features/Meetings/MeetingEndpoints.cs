using System.Text;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Meetings;

public static class MeetingEndpoints
{
    public const string Tag = "Meetings";

    public static IEndpointRouteBuilder MapMeetingEndpoints(this IEndpointRouteBuilder app)
    {
        var project = app.MapGroup("/api/v1/projects/{key}/meetings").WithTags(Tag).RequireAuthorization().RequireProjectAccess();
        var one = app.MapGroup($"/api/v1/meetings/{{{MeetingsFeature.RouteParameter}}}").WithTags(Tag).RequireAuthorization().RequireProjectAccess();

        project.MapGet("/", async (ProjectAccess access, MeetingService service, CancellationToken ct) => ApiResults.From(await service.ListAsync(access, ct)))
            .Produces<IReadOnlyList<MeetingListRow>>().WithSummary("The project's meetings, newest first, with counts of open and accepted suggestions");

        project.MapPost("/", async (ProjectAccess access, MeetingService service, MeetingRequest request, CancellationToken ct) =>
                ApiResults.From(await service.CreateAsync(access, request, ct), row => TypedResults.Created($"/api/v1/meetings/{row.Id}", row)))
            .Produces<MeetingRow>(StatusCodes.Status201Created)
            .WithSummary("Create a meeting (type standup|planning|retro|steeringCommittee|designReview|incidentReview|other; date yyyy-MM-dd; time HH:mm; " +
                "attendees: members by userId, stakeholders by stakeholderId, guests by name and email; notes Markdown ≤ 1 MB; seriesId: a meeting " +
                "of the series to continue, whose open actions join the agenda). Suggestions are recognised in the notes on save.");

        one.MapGet("/", async (ProjectAccess access, MeetingService service, Guid meetingId, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(access, meetingId, ct))).Produces<MeetingRow>().WithSummary("Get a meeting with attendees, agenda and notes");

        one.MapPut("/", async (ProjectAccess access, MeetingService service, Guid meetingId, MeetingRequest request, CancellationToken ct) =>
                ApiResults.From(await service.UpdateAsync(access, meetingId, request, ct)))
            .Produces<MeetingRow>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Replace a meeting (send the version you read); the notes are read again: accepted and rejected suggestions stay as they are");

        one.MapDelete("/", async (ProjectAccess access, MeetingService service, Guid meetingId, CancellationToken ct) =>
                ApiResults.From(await service.DeleteAsync(access, meetingId, ct), _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent).WithSummary("Delete a meeting with its suggestions (items already created from it stay)");

        one.MapPost("/next", async (ProjectAccess access, MeetingService service, Guid meetingId, CancellationToken ct) =>
                ApiResults.From(await service.NextInSeriesAsync(access, meetingId, ct), row => TypedResults.Created($"/api/v1/meetings/{row.Id}", row)))
            .Produces<MeetingRow>(StatusCodes.Status201Created)
            .WithSummary("Schedule the series' next meeting a week later (same title, type, time and attendees); its agenda carries the open actions");

        one.MapGet("/suggestions", async (ProjectAccess access, MeetingSuggestionService service, Guid meetingId, CancellationToken ct) =>
                ApiResults.From(await service.ListAsync(access, meetingId, ct)))
            .Produces<IReadOnlyList<MeetingSuggestionRow>>()
            .WithSummary("The actions, decisions and risks recognised in the notes, in note order, each with its exact source sentence and state");

        one.MapPost("/suggestions/{suggestionId:guid}/accept", async (ProjectAccess access, MeetingSuggestionService service, Guid meetingId, Guid suggestionId,
                MeetingSuggestionAcceptRequest? request, CancellationToken ct) =>
                ApiResults.From(await service.AcceptAsync(access, meetingId, suggestionId, request, ct),
                    accepted => TypedResults.Created(Location(accepted), accepted)))
            .Produces<MeetingSuggestionAccepted>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Accept a suggestion, optionally edited ({text?, owner?: an attendee's name, due?: yyyy-MM-dd}): an action becomes a work item, " +
                "a decision a decision-log entry, a risk a RAID risk, linked back to the meeting; 409 when it was already accepted or rejected");

        one.MapPost("/suggestions/{suggestionId:guid}/reject", async (ProjectAccess access, MeetingSuggestionService service, Guid meetingId, Guid suggestionId,
                CancellationToken ct) => ApiResults.From(await service.RejectAsync(access, meetingId, suggestionId, ct)))
            .Produces<MeetingSuggestionRow>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Reject a suggestion; it stays rejected when the notes are saved again");

        one.MapGet("/minutes", async (ProjectAccess access, MeetingDocuments documents, Guid meetingId, CancellationToken ct) =>
            {
                var minutes = await documents.MinutesAsync(access, meetingId, ct);
                return minutes.IsSuccess ? TypedResults.Text(minutes.Value!, "text/markdown; charset=utf-8", Encoding.UTF8) : ApiResults.Problem(minutes.Error!);
            })
            .Produces<string>(StatusCodes.Status200OK, "text/markdown").WithName("getMeetingMinutes")
            .WithSummary("The minutes as Markdown: attendees, agenda, key points (extractive), decisions, actions with owners and due dates, risks");

        one.MapGet("/ics", async (ProjectAccess access, MeetingDocuments documents, Guid meetingId, CancellationToken ct) =>
            {
                var ics = await documents.CalendarAsync(access, meetingId, ct);
                return ics.IsSuccess
                    ? TypedResults.File(Encoding.UTF8.GetBytes(ics.Value!), "text/calendar; charset=utf-8", $"meeting-{meetingId}.ics")
                    : ApiResults.Problem(ics.Error!);
            })
            .Produces<string>(StatusCodes.Status200OK, "text/calendar").WithName("getMeetingIcs").WithSummary("The meeting as an iCalendar (.ics) file");

        return app;
    }

    private static string Location(MeetingSuggestionAccepted accepted) => accepted.CreatedKind switch
    {
        "workItem" => $"/api/v1/work-items/{accepted.CreatedKey}",
        "decision" => $"/api/v1/decisions/{accepted.CreatedKey}",
        _ => $"/api/v1/raid/{accepted.CreatedKey}",
    };
}
