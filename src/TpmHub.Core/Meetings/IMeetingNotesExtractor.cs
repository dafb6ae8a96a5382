namespace TpmHub.Core.Meetings;

/// <summary>
/// Reads meeting notes (Markdown as people type it) and returns the actions, decisions and risks in them, in the
/// order they appear. Runs in-process: no meeting content leaves the server. Implementations are pure and
/// thread-safe; the default is <see cref="MeetingNotesExtractor"/>.
/// </summary>
public interface IMeetingNotesExtractor
{
    /// <summary>The suggestions in <paramref name="notes"/>, each with the exact source sentence and its offset.</summary>
    IReadOnlyList<NotesSuggestion> Extract(string notes, NotesContext context);
}
