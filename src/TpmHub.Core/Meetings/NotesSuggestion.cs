namespace TpmHub.Core.Meetings;

/// <summary>
/// One thing recognised in meeting notes.
/// </summary>
/// <param name="Kind">Action, decision or risk.</param>
/// <param name="Text">The suggestion as it would be titled: the source without markers, checkboxes or bullets.</param>
/// <param name="OwnerIndex">Index into <see cref="NotesContext.Attendees"/> of the owner, or null when the owner is no
/// attendee, a team, "someone", "TBD" or not named. Always null for decisions and risks.</param>
/// <param name="Due">The due date resolved against the meeting date, or null. Always null for decisions and risks.</param>
/// <param name="Source">The exact sentence or line of the notes it was recognised in (a substring of the notes).</param>
/// <param name="SourceStart">Where <paramref name="Source"/> starts in the notes (UTF-16 index), for highlighting.</param>
public sealed record NotesSuggestion(
    SuggestionKind Kind,
    string Text,
    int? OwnerIndex,
    DateOnly? Due,
    string Source,
    int SourceStart);
