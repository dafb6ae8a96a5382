namespace TpmHub.Core.Meetings;

/// <summary>What the minutes of one meeting are written from.</summary>
public sealed record MeetingMinutesFacts(
    string ProjectName,
    string Title,
    MeetingType Type,
    DateOnly Date,
    TimeOnly? Time,
    int DurationMinutes,
    IReadOnlyList<string> Attendees,
    IReadOnlyList<string> Agenda,
    string Notes,
    IReadOnlyList<MeetingMinutesItem> Items);

/// <summary>A suggestion as the minutes list it (rejected ones are left out by the caller or here).</summary>
public sealed record MeetingMinutesItem(SuggestionKind Kind, string Text, string? Owner, DateOnly? Due, SuggestionState State, string? CreatedKey);
