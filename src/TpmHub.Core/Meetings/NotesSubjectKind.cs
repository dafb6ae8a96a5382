namespace TpmHub.Core.Meetings;

/// <summary>Who a "X will / X to / X needs to" clause names as its subject.</summary>
internal enum NotesSubjectKind
{
    /// <summary>An attendee (or an ambiguous first name).</summary>
    Person,

    /// <summary>"I" / "I'll": the speaker, when the line has one.</summary>
    FirstPerson,

    /// <summary>A capitalised name that is no attendee.</summary>
    OtherName,

    /// <summary>"we", "someone", "TBD", "all", a team.</summary>
    Group,
}
