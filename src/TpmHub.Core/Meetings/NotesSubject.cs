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

/// <summary>One subject + auxiliary + verb found in a sentence ("Maria will send", "@raj to check").</summary>
/// <param name="Start">Where the subject starts (index into the sentence).</param>
/// <param name="VerbStart">Where the verb after the auxiliary starts.</param>
/// <param name="Kind">What the subject is.</param>
/// <param name="OwnerIndex">The attendee it resolves to, if any.</param>
internal readonly record struct NotesSubject(int Start, int VerbStart, NotesSubjectKind Kind, int? OwnerIndex);
