namespace TpmHub.Core.Meetings;

/// <summary>One subject + auxiliary + verb found in a sentence ("Maria will send", "@raj to check").</summary>
/// <param name="Start">Where the subject starts (index into the sentence).</param>
/// <param name="VerbStart">Where the verb after the auxiliary starts.</param>
/// <param name="Kind">What the subject is.</param>
/// <param name="OwnerIndex">The attendee it resolves to, if any.</param>
internal readonly record struct NotesSubject(int Start, int VerbStart, NotesSubjectKind Kind, int? OwnerIndex);
