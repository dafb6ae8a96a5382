namespace TpmHub.Core.Meetings;

/// <summary>What the notes are read against: the meeting's date (relative due dates resolve from it) and its attendees.</summary>
public sealed record NotesContext(DateOnly MeetingDate, IReadOnlyList<NotesAttendee> Attendees);
