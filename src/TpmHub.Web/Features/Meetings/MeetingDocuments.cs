using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Meetings;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Meetings;

/// <summary>What a meeting gives people to keep: its minutes (Markdown, <see cref="MeetingMinutes"/>) and an iCalendar file.</summary>
public sealed class MeetingDocuments(IDbContextFactory<TpmHubDbContext> dbFactory, MeetingService meetings, TimeProvider time)
{
    /// <summary>The minutes as Markdown: the open and accepted suggestions (rejected ones are left out).</summary>
    public async Task<Result<string>> MinutesAsync(ProjectAccess project, Guid meetingId, CancellationToken ct = default)
    {
        var found = await meetings.GetAsync(project, meetingId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var m = found.Value!;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var items = await db.MeetingSuggestions.AsNoTracking().Where(s => s.MeetingId == meetingId).OrderBy(s => s.Position)
            .Select(s => new MeetingMinutesItem(s.Kind, s.Text, s.Owner, s.Due, s.State, s.CreatedKey)).ToListAsync(ct);
        return MeetingMinutes.Write(new MeetingMinutesFacts(project.Name, m.Title, m.Type, m.Date, m.Time, m.DurationMinutes,
            m.Attendees.Select(a => a.Name).ToList(), m.Agenda.Select(a => a.Link is { } link ? $"{a.Text} ({link})" : a.Text).ToList(), m.Notes, items));
    }

    /// <summary>
    /// The meeting as an iCalendar (RFC 5545) event: a timed event in floating local time when it has a start time, an
    /// all-day event otherwise; the agenda in the description; attendees with an email as ATTENDEE lines.
    /// </summary>
    public async Task<Result<string>> CalendarAsync(ProjectAccess project, Guid meetingId, CancellationToken ct = default)
    {
        var found = await meetings.GetAsync(project, meetingId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var m = found.Value!;
        var start = m.Time is { } t
            ? new CalDateTime(m.Date.Year, m.Date.Month, m.Date.Day, t.Hour, t.Minute, 0)
            : new CalDateTime(m.Date.Year, m.Date.Month, m.Date.Day);
        var agenda = m.Agenda.Count == 0 ? "" : "Agenda:\n" + string.Join("\n", m.Agenda.Select((a, i) => $"{i + 1}. {a.Text}"));
        var ev = new CalendarEvent
        {
            Uid = $"{m.Id}@tpmhub",
            Summary = $"{m.Title} ({project.Key})",
            Description = $"{MeetingMinutes.TypeName(m.Type)} of {project.Name}.\n{agenda}".Trim(),
            DtStart = start,
            DtEnd = m.Time is null ? start.AddDays(1) : start.AddMinutes(m.DurationMinutes),
            DtStamp = new CalDateTime(time.GetUtcNow().UtcDateTime),
        };
        foreach (var a in m.Attendees.Where(a => !string.IsNullOrWhiteSpace(a.Email)))
        {
            ev.Attendees.Add(new Attendee($"mailto:{a.Email}") { CommonName = a.Name, Role = "REQ-PARTICIPANT" });
        }

        var calendar = new Calendar { ProductId = "-//TpmHub//Meetings//EN" };
        calendar.Events.Add(ev);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
