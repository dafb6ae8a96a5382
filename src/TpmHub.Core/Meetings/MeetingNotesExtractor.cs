namespace TpmHub.Core.Meetings;

/// <summary>The default extractor: rules plus a small statistical model, in-process. (Being written.)</summary>
public sealed class MeetingNotesExtractor : IMeetingNotesExtractor
{
    /// <summary>One shared instance; the extractor holds no per-call state.</summary>
    public static MeetingNotesExtractor Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<NotesSuggestion> Extract(string notes, NotesContext context)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(context);
        return [];
    }
}
