using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Decisions;
using TpmHub.Core.Meetings;
using TpmHub.Core.Risks;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Decisions;
using TpmHub.Web.Features.Risks.Register;
using TpmHub.Web.Features.Work.Items;

namespace TpmHub.Web.Features.Meetings;

/// <summary>
/// The suggestions recognised in a meeting's notes, and what a lead does with them: accept one (optionally edited) into a
/// work item (action), a decision-log entry (decision) or a RAID risk (risk), each created through its own area's
/// service and linked back to the meeting; or reject it. A suggestion is decided once: it is claimed with a conditional
/// update (open → accepted), so two accepts never create two items, and released again if the item is refused.
/// </summary>
public sealed class MeetingSuggestionService(
    IDbContextFactory<TpmHubDbContext> dbFactory,
    WorkItemService workItems,
    DecisionService decisions,
    RaidService raid,
    TimeProvider time)
{
    public async Task<Result<IReadOnlyList<MeetingSuggestionRow>>> ListAsync(ProjectAccess project, Guid meetingId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Meetings.AnyAsync(m => m.Id == meetingId && m.ProjectId == project.Id, ct))
        {
            return MeetingService.NotFound(meetingId);
        }

        return await db.MeetingSuggestions.AsNoTracking().Where(s => s.MeetingId == meetingId).OrderBy(s => s.Position)
            .Select(s => new MeetingSuggestionRow(s.Id, s.Kind, s.Text, s.Owner, s.Due, s.Source, s.SourceStart, s.State, s.CreatedKey))
            .ToListAsync(ct);
    }

    public async Task<Result<MeetingSuggestionAccepted>> AcceptAsync(ProjectAccess project, Guid meetingId, Guid suggestionId,
        MeetingSuggestionAcceptRequest? edits, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        edits ??= new MeetingSuggestionAcceptRequest(null, null, null);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId && m.ProjectId == project.Id, ct);
        var suggestion = meeting is null ? null : await db.MeetingSuggestions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == suggestionId && s.MeetingId == meetingId, ct);
        if (meeting is null || suggestion is null)
        {
            return meeting is null ? MeetingService.NotFound(meetingId) : AccessRefusals.NotFound("Suggestion", suggestionId.ToString());
        }

        var errors = new ValidationErrors();
        var due = InputLimits.Text("due", edits.Due, errors) ? RequestParsing.Date(edits.Due, "due", errors) : null;
        foreach (var (field, messages) in MeetingRules.ValidateEdits(edits.Text, due).ToDictionary().Where(f => !errors.Has(f.Key)))
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        var attendees = await db.MeetingAttendees.AsNoTracking().Where(a => a.MeetingId == meetingId).OrderBy(a => a.Position).ToListAsync(ct);
        var ownerName = edits.Owner is null ? suggestion.Owner : edits.Owner.Trim().Length == 0 ? null : edits.Owner.Trim();
        var owner = ownerName is null ? null : attendees.FirstOrDefault(a => string.Equals(a.Name, ownerName, StringComparison.OrdinalIgnoreCase));
        if (ownerName is not null && owner is null && InputLimits.Text("owner", ownerName, errors))
        {
            errors.Add("owner", $"'{ownerName}' is not an attendee of this meeting; name an attendee or leave the owner empty.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        if (suggestion.State != SuggestionState.Open)
        {
            return AlreadyDecided(suggestion);
        }

        // Claim it: only one accept (or reject) of an open suggestion wins.
        var now = time.GetUtcNow();
        var claimed = await db.MeetingSuggestions.Where(s => s.Id == suggestionId && s.State == SuggestionState.Open)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.State, SuggestionState.Accepted).SetProperty(s => s.DecidedAt, now)
                .SetProperty(s => s.DecidedBy, project.User.UserName), ct);
        if (claimed == 0)
        {
            return AlreadyDecided(await db.MeetingSuggestions.AsNoTracking().SingleAsync(s => s.Id == suggestionId, ct));
        }

        var text = edits.Text?.Trim() ?? suggestion.Text;
        var dueDate = edits.Due is null ? suggestion.Due : due;
        var assignee = owner?.UserId is { } userId && await db.ProjectMembers.AnyAsync(m => m.ProjectId == project.Id && m.UserId == userId, ct) ? userId : null;
        var link = $"/projects/{project.Key}/meetings/{meeting.Id}";
        var origin = $"From the {MeetingMinutes.TypeName(meeting.Type).ToLowerInvariant()} [{meeting.Title} on {meeting.Date:yyyy-MM-dd}]({link}):\n\n> {suggestion.Source.ReplaceLineEndings(" ")}";
        var created = await CreateAsync(project, meeting, suggestion.Kind, text, ownerName is null ? null : owner!.Name, assignee, dueDate, origin, ct);
        if (!created.IsSuccess)
        {
            await db.MeetingSuggestions.Where(s => s.Id == suggestionId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.State, SuggestionState.Open).SetProperty(s => s.DecidedAt, (DateTimeOffset?)null)
                    .SetProperty(s => s.DecidedBy, (string?)null), ct);
            return created.Error!;
        }

        var (key, kind) = created.Value!;
        await db.MeetingSuggestions.Where(s => s.Id == suggestionId).ExecuteUpdateAsync(u => u.SetProperty(s => s.CreatedKey, key)
            .SetProperty(s => s.Text, text).SetProperty(s => s.Owner, owner == null ? null : owner.Name)
            .SetProperty(s => s.Due, suggestion.Kind == SuggestionKind.Action ? dueDate : null), ct);
        var row = await RowAsync(db, suggestionId, ct);
        return new MeetingSuggestionAccepted(row, key, kind);
    }

    public async Task<Result<MeetingSuggestionRow>> RejectAsync(ProjectAccess project, Guid meetingId, Guid suggestionId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var suggestion = await db.MeetingSuggestions.AsNoTracking()
            .Where(s => s.Id == suggestionId && s.MeetingId == meetingId && db.Meetings.Any(m => m.Id == meetingId && m.ProjectId == project.Id))
            .SingleOrDefaultAsync(ct);
        if (suggestion is null)
        {
            return await db.Meetings.AnyAsync(m => m.Id == meetingId && m.ProjectId == project.Id, ct)
                ? AccessRefusals.NotFound("Suggestion", suggestionId.ToString())
                : MeetingService.NotFound(meetingId);
        }

        var now = time.GetUtcNow();
        var claimed = await db.MeetingSuggestions.Where(s => s.Id == suggestionId && s.State == SuggestionState.Open)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.State, SuggestionState.Rejected).SetProperty(s => s.DecidedAt, now)
                .SetProperty(s => s.DecidedBy, project.User.UserName), ct);
        return claimed == 0 ? AlreadyDecided(await db.MeetingSuggestions.AsNoTracking().SingleAsync(s => s.Id == suggestionId, ct)) : await RowAsync(db, suggestionId, ct);
    }

    private async Task<Result<(string Key, string Kind)>> CreateAsync(ProjectAccess project, Meeting meeting, SuggestionKind kind, string text,
        string? ownerName, string? assignee, DateOnly? due, string origin, CancellationToken ct)
    {
        switch (kind)
        {
            case SuggestionKind.Action:
            {
                var start = meeting.Date < project.StartDate ? project.StartDate : meeting.Date;
                var description = ownerName is not null && assignee is null ? $"Owner: {ownerName} (not a member of the project).\n\n{origin}" : origin;
                var draft = new WorkItemDraft(text, WorkItemType.Task, WorkItemStatus.ToDo, WorkItemPriority.Medium, description, assignee, null, 1, 0m, 0,
                    start, null, null, null, null, null, due);
                var item = await workItems.CreateAsync(project, draft, ct);
                return item.IsSuccess ? (item.Value!.Key, "workItem") : item.Error!;
            }

            case SuggestionKind.Decision:
            {
                var request = new DecisionRequest(text, origin, text, null, null, meeting.Title, meeting.Date.ToString("yyyy-MM-dd"),
                    nameof(DecisionStatus.Accepted), [], null, null);
                var decision = await decisions.CreateAsync(project, request, ct);
                return decision.IsSuccess ? (decision.Value!.Key, "decision") : decision.Error!;
            }

            default:
            {
                var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
                var draft = new RaidDraft(RaidKind.Risk, text, origin, assignee, RaidStatus.Open, null, SuggestedRiskCategory.Of(text), Probability: 3, Impact: 3,
                    Response: RiskResponse.Mitigate, ReviewDate: RaidDue.DefaultReviewDate(today));
                var entry = await raid.CreateAsync(project, draft, ct);
                return entry.IsSuccess ? (entry.Value!.Key, "raidEntry") : entry.Error!;
            }
        }
    }

    private static Error AlreadyDecided(MeetingSuggestion s) =>
        Error.Conflict(s.State == SuggestionState.Accepted
                ? $"This suggestion was already accepted{(s.CreatedKey is { } key ? $" as {key}" : "")}; nothing was created again."
                : "This suggestion was rejected; it cannot be accepted or rejected again.",
            new MeetingSuggestionRow(s.Id, s.Kind, s.Text, s.Owner, s.Due, s.Source, s.SourceStart, s.State, s.CreatedKey));

    private static Task<MeetingSuggestionRow> RowAsync(TpmHubDbContext db, Guid id, CancellationToken ct) =>
        db.MeetingSuggestions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new MeetingSuggestionRow(s.Id, s.Kind, s.Text, s.Owner, s.Due, s.Source, s.SourceStart, s.State, s.CreatedKey)).SingleAsync(ct);
}
