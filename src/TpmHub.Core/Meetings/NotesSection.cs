namespace TpmHub.Core.Meetings;

/// <summary>The kind of section a line of notes sits in, set by the heading or label above it.</summary>
internal enum NotesSection
{
    /// <summary>No heading, or one that says nothing about what follows (Discussion, Updates).</summary>
    None,

    /// <summary>Action items, Actions, Next steps, To do, Follow-ups.</summary>
    Actions,

    /// <summary>Decisions, Agreed.</summary>
    Decisions,

    /// <summary>Risks, Concerns, Blockers, Issues.</summary>
    Risks,

    /// <summary>Attendees, Agenda, Parking lot, Done: nothing in it is suggested.</summary>
    Skip,
}
