using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Meetings;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Meetings;

/// <summary>
/// A project's meetings: attendees (members, stakeholders of the register, guests), agenda lines linked to work items
/// and RAID entries, and notes whose suggestions are recognised on every save (<see cref="IMeetingNotesExtractor"/>,
/// merged by <see cref="MeetingSuggestionMerge"/>). A meeting added to a series gets the open actions of the series'
/// previous meeting on its agenda.
/// </summary>
public sealed class MeetingService(IDbContextFactory<TpmHubDbContext> dbFactory, IMeetingNotesExtractor extractor, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<MeetingListRow>>> ListAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Meetings.AsNoTracking().Where(m => m.ProjectId == project.Id)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Time)
            .Select(m => new MeetingListRow(m.Id, m.Title, m.Type, m.Date, m.Time, m.SeriesId,
                db.MeetingAttendees.Count(a => a.MeetingId == m.Id),
                db.MeetingSuggestions.Count(s => s.MeetingId == m.Id && s.State == SuggestionState.Open),
                db.MeetingSuggestions.Count(s => s.MeetingId == m.Id && s.State == SuggestionState.Accepted)))
            .ToListAsync(ct);
        return rows;
    }

    public async Task<Result<MeetingRow>> GetAsync(ProjectAccess project, Guid meetingId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId && m.ProjectId == project.Id, ct);
        return meeting is null ? NotFound(meetingId) : await RowAsync(db, project, meeting, ct);
    }

    public async Task<Result<MeetingRow>> CreateAsync(ProjectAccess project, MeetingRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var parsed = MeetingDraft.From(request, requireVersion: false);
        if (!parsed.IsSuccess)
        {
            return parsed.Error!;
        }

        var draft = parsed.Value!;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = new ValidationErrors();
        var attendees = await ResolveAttendeesAsync(db, project, draft.Attendees, errors, ct);
        var agenda = await ResolveAgendaAsync(db, project, draft.Agenda, errors, ct);
        Meeting? seriesMeeting = null;
        if (draft.SeriesId is { } seriesId)
        {
            seriesMeeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == seriesId && m.ProjectId == project.Id, ct);
            if (seriesMeeting is null)
            {
                errors.Add("seriesId", $"No meeting {seriesId} in project {project.Key} to continue the series of.");
            }
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var now = time.GetUtcNow();
        var meeting = new Meeting { Id = Guid.CreateVersion7(), ProjectId = project.Id, CreatedAt = now };
        Apply(meeting, draft, now);
        if (seriesMeeting is not null)
        {
            seriesMeeting.SeriesId ??= seriesMeeting.Id;
            meeting.SeriesId = seriesMeeting.SeriesId;
            agenda.AddRange(await CarriedActionsAsync(db, project, meeting.SeriesId.Value, meeting.Date, ct));
        }

        db.Meetings.Add(meeting);
        Replace(db, meeting, attendees, agenda);
        db.MeetingSuggestions.AddRange(Extract(meeting, attendees, []));
        await db.SaveChangesAsync(ct);
        return await GetAsync(project, meeting.Id, ct);
    }

    public async Task<Result<MeetingRow>> UpdateAsync(ProjectAccess project, Guid meetingId, MeetingRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var parsed = MeetingDraft.From(request, requireVersion: true);
        if (!parsed.IsSuccess)
        {
            return parsed.Error!;
        }

        var draft = parsed.Value!;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.ProjectId == project.Id, ct);
        if (meeting is null)
        {
            return NotFound(meetingId);
        }

        var errors = new ValidationErrors();
        var attendees = await ResolveAttendeesAsync(db, project, draft.Attendees, errors, ct);
        var agenda = await ResolveAgendaAsync(db, project, draft.Agenda, errors, ct);
        if (draft.SeriesId is { } seriesId && seriesId != meeting.SeriesId && seriesId != meeting.Id)
        {
            errors.Add("seriesId", "A meeting's series is set when it is created; leave seriesId out or send the one it has.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        if (meeting.Version != request.Version!.Value)
        {
            return await ConflictAsync(project, meetingId, ct);
        }

        // Carried-over lines keep their origin when the lead leaves them on the agenda.
        var carried = await db.MeetingAgendaItems.AsNoTracking().Where(a => a.MeetingId == meeting.Id && a.CarriedFromSuggestionId != null)
            .ToListAsync(ct);
        foreach (var line in agenda)
        {
            line.CarriedFromSuggestionId = carried.FirstOrDefault(c => c.Text == line.Text)?.CarriedFromSuggestionId;
        }

        Apply(meeting, draft, time.GetUtcNow());
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.MeetingSuggestions.Where(s => s.MeetingId == meeting.Id).ToListAsync(ct);
        await db.MeetingAgendaItems.Where(a => a.MeetingId == meeting.Id).ExecuteDeleteAsync(ct);
        await db.MeetingAttendees.Where(a => a.MeetingId == meeting.Id).ExecuteDeleteAsync(ct);
        var merged = Extract(meeting, attendees, existing);
        var keep = merged.Select(s => s.Id).ToHashSet();
        db.MeetingSuggestions.RemoveRange(existing.Where(e => !keep.Contains(e.Id)));
        foreach (var s in merged)
        {
            if (existing.FirstOrDefault(e => e.Id == s.Id) is { } stored)
            {
                db.Entry(stored).CurrentValues.SetValues(s);
            }
            else
            {
                db.MeetingSuggestions.Add(s);
            }
        }

        Replace(db, meeting, attendees, agenda);
        db.Entry(meeting).Property(m => m.Version).OriginalValue = request.Version.Value;
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await tx.RollbackAsync(ct);
            return await ConflictAsync(project, meetingId, ct);
        }

        return await GetAsync(project, meeting.Id, ct);
    }

    /// <summary>Schedules the series' next meeting a week after this one: same title, type, time, length and attendees; its agenda carries the open actions.</summary>
    public async Task<Result<MeetingRow>> NextInSeriesAsync(ProjectAccess project, Guid meetingId, CancellationToken ct = default)
    {
        var current = await GetAsync(project, meetingId, ct);
        if (!current.IsSuccess)
        {
            return current.Error!;
        }

        var m = current.Value!;
        var request = new MeetingRequest(m.Title, m.Type.ToString(), m.Date.AddDays(7).ToString("yyyy-MM-dd"), m.Time?.ToString("HH:mm"), m.DurationMinutes,
            m.Attendees.Select(a => new MeetingAttendeeRequest(a.Name, a.Email, a.Handle, a.UserId, a.StakeholderId)).ToList(), [], "", m.Id, null);
        return await CreateAsync(project, request, ct);
    }

    public async Task<Result<bool>> DeleteAsync(ProjectAccess project, Guid meetingId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.ProjectId == project.Id, ct);
        if (meeting is null)
        {
            return NotFound(meetingId);
        }

        db.Meetings.Remove(meeting);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The project's members, then the stakeholders of its register who are not members, by name.</summary>
    public async Task<IReadOnlyList<MeetingAttendeeChoice>> AttendeeChoicesAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var members = await (from m in db.ProjectMembers.AsNoTracking()
                             join u in db.Users on m.UserId equals u.Id
                             where m.ProjectId == project.Id
                             orderby u.DisplayName
                             select new MeetingAttendeeChoice(u.DisplayName, u.Email, u.Id, null)).ToListAsync(ct);
        var stakeholders = await db.Stakeholders.AsNoTracking().Where(s => s.ProjectId == project.Id).OrderBy(s => s.Name)
            .Select(s => new MeetingAttendeeChoice(s.Name, s.Email == "" ? null : s.Email, null, s.Id)).ToListAsync(ct);
        return members.Concat(stakeholders.Where(s => !members.Any(m => string.Equals(m.Name, s.Name, StringComparison.OrdinalIgnoreCase)))).ToList();
    }

    /// <summary>The project's members as attendees: who a new meeting invites unless told otherwise.</summary>
    public async Task<IReadOnlyList<MeetingAttendeeRequest>> MemberAttendeesAsync(ProjectAccess project, CancellationToken ct = default) =>
        (await AttendeeChoicesAsync(project, ct)).Where(c => c.UserId is not null)
            .Select(c => new MeetingAttendeeRequest(c.Name, c.Email, null, c.UserId, null)).ToList();

    internal static Error NotFound(Guid meetingId) => AccessRefusals.NotFound("Meeting", meetingId.ToString());

    private async Task<Error> ConflictAsync(ProjectAccess project, Guid meetingId, CancellationToken ct) =>
        Error.Conflict("Someone else changed this meeting after you loaded it. Reload to see their changes.", (await GetAsync(project, meetingId, ct)).Value);

    private static void Apply(Meeting meeting, MeetingDraft draft, DateTimeOffset now)
    {
        (meeting.Title, meeting.Type, meeting.Date, meeting.Time) = (draft.Title, draft.Type, draft.Date, draft.Time);
        (meeting.DurationMinutes, meeting.Notes, meeting.UpdatedAt) = (draft.DurationMinutes, draft.Notes, now);
    }

    private static void Replace(TpmHubDbContext db, Meeting meeting, List<MeetingAttendee> attendees, List<MeetingAgendaItem> agenda)
    {
        for (var i = 0; i < attendees.Count; i++)
        {
            attendees[i].MeetingId = meeting.Id;
            attendees[i].Position = i;
        }

        for (var i = 0; i < agenda.Count; i++)
        {
            agenda[i].MeetingId = meeting.Id;
            agenda[i].Position = i;
        }

        db.MeetingAttendees.AddRange(attendees);
        db.MeetingAgendaItems.AddRange(agenda);
    }

    private IReadOnlyList<MeetingSuggestion> Extract(Meeting meeting, List<MeetingAttendee> attendees, IReadOnlyList<MeetingSuggestion> existing)
    {
        var context = new NotesContext(meeting.Date, attendees.Select(a => new NotesAttendee(a.Name, a.Email, a.Handle)).ToList());
        var found = string.IsNullOrWhiteSpace(meeting.Notes) ? [] : extractor.Extract(meeting.Notes, context);
        return MeetingSuggestionMerge.Merge(existing, found, attendees.Select(a => a.Name).ToList(), meeting.Notes, meeting.Id, Guid.CreateVersion7);
    }

    /// <summary>
    /// The series' open actions as agenda lines: those of its latest meeting before <paramref name="date"/> that are
    /// still open, or were accepted into a work item that is not done.
    /// </summary>
    private static async Task<List<MeetingAgendaItem>> CarriedActionsAsync(TpmHubDbContext db, ProjectAccess project, Guid seriesId, DateOnly date,
        CancellationToken ct)
    {
        // The series' first meeting may not carry its series id yet (it is set in the same save that adds the second).
        var previous = await db.Meetings.AsNoTracking().Where(m => m.ProjectId == project.Id && (m.SeriesId == seriesId || m.Id == seriesId) && m.Date <= date)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.CreatedAt).Select(m => new { m.Id, m.Date }).FirstOrDefaultAsync(ct);
        if (previous is null)
        {
            return [];
        }

        var actions = await db.MeetingSuggestions.AsNoTracking()
            .Where(s => s.MeetingId == previous.Id && s.Kind == SuggestionKind.Action && s.State != SuggestionState.Rejected)
            .OrderBy(s => s.Position).ToListAsync(ct);
        var keys = actions.Where(a => a.CreatedKey != null).Select(a => a.CreatedKey!).ToList();
        var items = await db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id && keys.Contains(w.Key))
            .Select(w => new { w.Id, w.Key, w.Status }).ToListAsync(ct);
        var lines = new List<MeetingAgendaItem>();
        foreach (var action in actions)
        {
            var item = action.CreatedKey is { } key ? items.FirstOrDefault(i => i.Key == key) : null;
            if (action.State == SuggestionState.Accepted && (item is null || item.Status == WorkItemStatus.Done))
            {
                continue;
            }

            var who = action.Owner is { } owner ? $" — {owner}" : "";
            var due = action.Due is { } d ? $", due {d:yyyy-MM-dd}" : "";
            var text = $"Open action from {previous.Date:d MMM}: {action.Text}{who}{due}";
            lines.Add(new MeetingAgendaItem
            {
                Id = Guid.CreateVersion7(),
                Text = text.Length > MeetingRules.AgendaTextMaxLength ? text[..(MeetingRules.AgendaTextMaxLength - 1)] + "…" : text,
                WorkItemId = item?.Id,
                CarriedFromSuggestionId = action.Id,
            });
        }

        return lines;
    }

    private static async Task<List<MeetingAttendee>> ResolveAttendeesAsync(TpmHubDbContext db, ProjectAccess project,
        IReadOnlyList<MeetingAttendeeRequest> requested, ValidationErrors errors, CancellationToken ct)
    {
        var userIds = requested.Where(a => !string.IsNullOrWhiteSpace(a.UserId)).Select(a => a.UserId!.Trim()).Distinct().ToList();
        var stakeholderIds = requested.Where(a => a.StakeholderId is not null).Select(a => a.StakeholderId!.Value).Distinct().ToList();
        var members = userIds.Count == 0
            ? []
            : await (from m in db.ProjectMembers.AsNoTracking()
                     join u in db.Users on m.UserId equals u.Id
                     where m.ProjectId == project.Id && userIds.Contains(m.UserId)
                     select new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct);
        var stakeholders = stakeholderIds.Count == 0
            ? []
            : await db.Stakeholders.AsNoTracking().Where(s => s.ProjectId == project.Id && stakeholderIds.Contains(s.Id))
                .Select(s => new { s.Id, s.Name, s.Email, s.UserId }).ToListAsync(ct);
        var result = new List<MeetingAttendee>();
        for (var i = 0; i < requested.Count; i++)
        {
            var a = requested[i];
            var member = string.IsNullOrWhiteSpace(a.UserId) ? null : members.FirstOrDefault(m => m.Id == a.UserId.Trim());
            if (!string.IsNullOrWhiteSpace(a.UserId) && member is null)
            {
                errors.Add($"attendees[{i}].userId", $"No member of {project.Key} has user id '{a.UserId}'. Add them to the project or invite them as a guest by name and email.");
            }

            var stakeholder = a.StakeholderId is { } sid ? stakeholders.FirstOrDefault(s => s.Id == sid) : null;
            if (a.StakeholderId is not null && stakeholder is null)
            {
                errors.Add($"attendees[{i}].stakeholderId", $"No stakeholder {a.StakeholderId} in the register of {project.Key}.");
            }

            var name = !string.IsNullOrWhiteSpace(a.Name) ? a.Name.Trim() : member?.DisplayName ?? stakeholder?.Name ?? "";
            var email = !string.IsNullOrWhiteSpace(a.Email) ? a.Email.Trim() : member?.Email ?? (string.IsNullOrWhiteSpace(stakeholder?.Email) ? null : stakeholder.Email);
            result.Add(new MeetingAttendee
            {
                Id = Guid.CreateVersion7(),
                Name = name.Length > MeetingRules.NameMaxLength ? name[..MeetingRules.NameMaxLength] : name,
                Email = email,
                Handle = MeetingRules.NormaliseHandle(a.Handle),
                UserId = member?.Id ?? stakeholder?.UserId,
                StakeholderId = stakeholder?.Id,
            });
        }

        return result;
    }

    private static async Task<List<MeetingAgendaItem>> ResolveAgendaAsync(TpmHubDbContext db, ProjectAccess project,
        IReadOnlyList<(string Text, string? Link)> requested, ValidationErrors errors, CancellationToken ct)
    {
        var keys = requested.Where(a => a.Link is not null).Select(a => a.Link!).Distinct().ToList();
        var items = keys.Count == 0 ? [] : await db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id && keys.Contains(w.Key))
            .Select(w => new { w.Id, w.Key }).ToListAsync(ct);
        var entries = keys.Count == 0 ? [] : await db.RaidEntries.AsNoTracking().Where(e => e.ProjectId == project.Id && keys.Contains(e.Key))
            .Select(e => new { e.Id, e.Key }).ToListAsync(ct);
        var result = new List<MeetingAgendaItem>();
        for (var i = 0; i < requested.Count; i++)
        {
            var (text, link) = requested[i];
            var item = link is null ? null : items.FirstOrDefault(w => w.Key == link);
            var entry = link is null ? null : entries.FirstOrDefault(e => e.Key == link);
            if (link is not null && item is null && entry is null)
            {
                errors.Add($"agenda[{i}].link", $"No work item or RAID entry {link} in project {project.Key}.");
            }

            result.Add(new MeetingAgendaItem { Id = Guid.CreateVersion7(), Text = text, WorkItemId = item?.Id, RaidEntryId = entry?.Id });
        }

        return result;
    }

    private static async Task<MeetingRow> RowAsync(TpmHubDbContext db, ProjectAccess project, Meeting m, CancellationToken ct)
    {
        var attendees = await db.MeetingAttendees.AsNoTracking().Where(a => a.MeetingId == m.Id).OrderBy(a => a.Position)
            .Select(a => new MeetingAttendeeRow(a.Name, a.Email, a.Handle, a.UserId, a.StakeholderId)).ToListAsync(ct);
        var agenda = await (from a in db.MeetingAgendaItems.AsNoTracking()
                            where a.MeetingId == m.Id
                            join w in db.WorkItems on a.WorkItemId equals w.Id into wj
                            from w in wj.DefaultIfEmpty()
                            join e in db.RaidEntries on a.RaidEntryId equals e.Id into ej
                            from e in ej.DefaultIfEmpty()
                            orderby a.Position
                            select new MeetingAgendaRow(a.Text, w != null ? w.Key : e != null ? e.Key : null, w != null ? w.Title : e != null ? e.Title : null,
                                a.CarriedFromSuggestionId != null)).ToListAsync(ct);
        var open = await db.MeetingSuggestions.CountAsync(s => s.MeetingId == m.Id && s.State == SuggestionState.Open, ct);
        Guid? previous = null, next = null;
        if (m.SeriesId is { } series)
        {
            var siblings = await db.Meetings.AsNoTracking().Where(s => s.SeriesId == series && s.ProjectId == project.Id)
                .OrderBy(s => s.Date).ThenBy(s => s.CreatedAt).Select(s => s.Id).ToListAsync(ct);
            var at = siblings.IndexOf(m.Id);
            previous = at > 0 ? siblings[at - 1] : null;
            next = at >= 0 && at < siblings.Count - 1 ? siblings[at + 1] : null;
        }

        return new MeetingRow(m.Id, project.Key, m.Title, m.Type, m.Date, m.Time, m.DurationMinutes, m.SeriesId, attendees, agenda, m.Notes, open,
            previous, next, m.Version);
    }
}
