namespace TpmHub.Core.Meetings;

/// <summary>A date phrase found in a piece of text by <see cref="NotesDates.Find"/>, with the date it resolves to.</summary>
/// <param name="Start">Where the phrase starts in the searched text (UTF-16 index).</param>
/// <param name="Length">The phrase's length.</param>
/// <param name="Date">The resolved date.</param>
/// <param name="HasDuePrefix">True when the phrase follows "by", "due", "before", "until", "till", "on", "deadline" or
/// "ETA": it is more likely the due date than another date in the same sentence.</param>
public readonly record struct NotesDateMatch(int Start, int Length, DateOnly Date, bool HasDuePrefix);
