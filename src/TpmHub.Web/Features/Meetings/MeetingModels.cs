using TpmHub.Core.Meetings;

namespace TpmHub.Web.Features.Meetings;

/// <summary>An attendee as the API and the form send one: a member (userId), a stakeholder of the register, or a guest.</summary>
public sealed record MeetingAttendeeRequest(string? Name, string? Email, string? Handle, string? UserId, Guid? StakeholderId);

/// <summary>An agenda line, optionally about a work item or RAID entry of the project (its key).</summary>
public sealed record MeetingAgendaRequest(string? Text, string? Link);

/// <summary>A meeting as the API and the form send it; type, date and time arrive as text for field-named errors.</summary>
/// <param name="SeriesId">The id of any meeting of a series to add this one to (or of a single meeting, to start a series with it).</param>
public sealed record MeetingRequest(
    string? Title,
    string? Type,
    string? Date,
    string? Time,
    int? DurationMinutes,
    IReadOnlyList<MeetingAttendeeRequest>? Attendees,
    IReadOnlyList<MeetingAgendaRequest>? Agenda,
    string? Notes,
    Guid? SeriesId,
    uint? Version);

/// <summary>An attendee as read back.</summary>
public sealed record MeetingAttendeeRow(string Name, string? Email, string? Handle, string? UserId, Guid? StakeholderId);

/// <summary>An agenda line as read back; <c>CarriedOver</c> is true for an open action brought from the series' previous meeting.</summary>
public sealed record MeetingAgendaRow(string Text, string? Link, string? LinkTitle, bool CarriedOver);

/// <summary>A meeting in a project's list.</summary>
public sealed record MeetingListRow(Guid Id, string Title, MeetingType Type, DateOnly Date, TimeOnly? Time, Guid? SeriesId, int Attendees,
    int OpenSuggestions, int AcceptedSuggestions);

/// <summary>A meeting with everything it holds.</summary>
public sealed record MeetingRow(
    Guid Id,
    string ProjectKey,
    string Title,
    MeetingType Type,
    DateOnly Date,
    TimeOnly? Time,
    int DurationMinutes,
    Guid? SeriesId,
    IReadOnlyList<MeetingAttendeeRow> Attendees,
    IReadOnlyList<MeetingAgendaRow> Agenda,
    string Notes,
    int OpenSuggestions,
    Guid? PreviousInSeries,
    Guid? NextInSeries,
    uint Version);

/// <summary>A suggestion as the API returns it (<c>kind</c> action|decision|risk, <c>state</c> open|accepted|rejected).</summary>
public sealed record MeetingSuggestionRow(Guid Id, SuggestionKind Kind, string Text, string? Owner, DateOnly? Due, string Source, int SourceStart,
    SuggestionState State, string? CreatedKey);

/// <summary>Edits a lead makes before accepting: each left out keeps the suggested value; an empty owner or due clears it.</summary>
/// <param name="Owner">The name of an attendee of the meeting, or "" for none.</param>
/// <param name="Due">yyyy-MM-dd, or "" for none (actions).</param>
public sealed record MeetingSuggestionAcceptRequest(string? Text, string? Owner, string? Due);

/// <summary>What accepting created: the suggestion and the key of the new work item, decision or RAID entry.</summary>
public sealed record MeetingSuggestionAccepted(MeetingSuggestionRow Suggestion, string CreatedKey, string CreatedKind);

/// <summary>Someone who can be added to a meeting by reference: a project member (UserId) or a stakeholder of the register (StakeholderId).</summary>
public sealed record MeetingAttendeeChoice(string Name, string? Email, string? UserId, Guid? StakeholderId);
