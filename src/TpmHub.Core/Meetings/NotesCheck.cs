namespace TpmHub.Core.Meetings;

/// <summary>Whether a line carried a Markdown checkbox, and its state.</summary>
internal enum NotesCheck
{
    /// <summary>No checkbox.</summary>
    None,

    /// <summary><c>- [ ]</c>: an open item.</summary>
    Open,

    /// <summary><c>- [x]</c>: done, never suggested.</summary>
    Done,
}
