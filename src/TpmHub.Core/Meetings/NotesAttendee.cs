namespace TpmHub.Core.Meetings;

/// <summary>
/// One attendee as the extractor sees them, to resolve owners against: the display name ("Maria Lopez"), an optional
/// email and an optional handle (written <c>@maria</c> in notes, stored without the @).
/// </summary>
public sealed record NotesAttendee(string Name, string? Email = null, string? Handle = null);
