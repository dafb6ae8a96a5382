namespace TpmHub.Core.Meetings;

/// <summary>
/// What one call of the extractor knows about the whole note besides its context: whether its slash dates are written
/// day-first, and who wrote it (an email's sign-off), so "I'll…" without a speaker has an owner.
/// </summary>
/// <param name="Context">The meeting date and attendees.</param>
/// <param name="DayFirst">True when the note writes dates day-first (<see cref="NotesDates.PrefersDayFirst"/>).</param>
/// <param name="Author">The attendee who signed the note off, if any.</param>
internal sealed record NotesReading(NotesContext Context, bool DayFirst, int? Author)
{
    /// <summary>The meeting's date, that relative dates resolve from.</summary>
    public DateOnly MeetingDate => Context.MeetingDate;
}
