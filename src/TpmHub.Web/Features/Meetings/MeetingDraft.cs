using System.Globalization;
using TpmHub.Core.Common;
using TpmHub.Core.Meetings;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Meetings;

/// <summary>A meeting request parsed and checked field by field (links, users and stakeholders are resolved by the service).</summary>
public sealed record MeetingDraft(
    string Title,
    MeetingType Type,
    DateOnly Date,
    TimeOnly? Time,
    int DurationMinutes,
    IReadOnlyList<MeetingAttendeeRequest> Attendees,
    IReadOnlyList<(string Text, string? Link)> Agenda,
    string Notes,
    Guid? SeriesId)
{
    public static Result<MeetingDraft> From(MeetingRequest request, bool requireVersion)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var type = string.IsNullOrWhiteSpace(request.Type) ? MeetingType.Other : RequestParsing.Enum<MeetingType>(request.Type, "type", errors);
        DateOnly? date = null;
        if (InputLimits.Text("date", request.Date, errors) && !string.IsNullOrWhiteSpace(request.Date))
        {
            date = RequestParsing.Date(request.Date, "date", errors);
        }

        TimeOnly? time = null;
        if (InputLimits.Text("time", request.Time, errors) && !string.IsNullOrWhiteSpace(request.Time))
        {
            if (TimeOnly.TryParseExact(request.Time.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                time = parsed;
            }
            else
            {
                errors.Add("time", $"'{request.Time}' is not a time; use HH:mm (24-hour), e.g. 09:30.");
            }
        }

        foreach (var (field, messages) in MeetingRules.Validate(request.Title, date ?? (errors.Has("date") ? DateOnly.MinValue : null),
                     request.DurationMinutes, request.Notes).ToDictionary())
        {
            if (!errors.Has(field))
            {
                foreach (var message in messages)
                {
                    errors.Add(field, message);
                }
            }
        }

        var attendees = request.Attendees ?? [];
        if (attendees.Count > MeetingRules.MaxAttendees)
        {
            errors.Add("attendees", $"A meeting has at most {MeetingRules.MaxAttendees} attendees.");
        }
        else
        {
            for (var i = 0; i < attendees.Count; i++)
            {
                var a = attendees[i];
                if (a is null)
                {
                    errors.Add($"attendees[{i}]", "An attendee cannot be null.");
                    continue;
                }

                MeetingRules.ValidateAttendee(i, a.Name, a.Email, a.Handle, !string.IsNullOrWhiteSpace(a.UserId) || a.StakeholderId is not null, errors);
                InputLimits.Text($"attendees[{i}].userId", a.UserId, errors);
            }
        }

        var agenda = request.Agenda ?? [];
        if (agenda.Count > MeetingRules.MaxAgendaItems)
        {
            errors.Add("agenda", $"An agenda has at most {MeetingRules.MaxAgendaItems} lines.");
        }
        else
        {
            for (var i = 0; i < agenda.Count; i++)
            {
                MeetingRules.ValidateAgendaItem(i, agenda[i]?.Text, errors);
                InputLimits.Text($"agenda[{i}].link", agenda[i]?.Link, errors);
            }
        }

        if (requireVersion && request.Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        return new MeetingDraft(request.Title!.Trim(), type!.Value, date!.Value, time, request.DurationMinutes ?? MeetingRules.DefaultDurationMinutes,
            attendees, agenda.Select(a => (a.Text!.Trim(), string.IsNullOrWhiteSpace(a.Link) ? null : a.Link.Trim().ToUpperInvariant())).ToList(),
            request.Notes ?? "", request.SeriesId);
    }
}
