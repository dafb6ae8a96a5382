namespace TpmHub.Core.Meetings;

/// <summary>
/// One sentence (or table row) of the notes to classify: its span in the notes and what the layout around it says.
/// </summary>
/// <param name="Start">Start of the sentence in the notes.</param>
/// <param name="Length">Its length (trailing whitespace trimmed).</param>
/// <param name="Section">The section the line is in.</param>
/// <param name="FirstInLine">True for the first sentence of its line or bullet (a section applies to it only).</param>
/// <param name="Check">The line's checkbox.</param>
/// <param name="Speaker">The transcript speaker or the "Name:" label the line starts with, if any.</param>
/// <param name="KindHint">For a table row, the kind its table's header or its type column says.</param>
/// <param name="OwnerHint">For a table row, the owner cell.</param>
/// <param name="DueHint">For a table row, the due cell.</param>
/// <param name="IsTableRow">True for a row of a Markdown table.</param>
/// <param name="LineStart">Where the line's text starts (after bullet, checkbox and label).</param>
/// <param name="OwnerLabel">True when a bullet starts with an attendee's name as a label ("- Ines: smoke test plan").</param>
internal sealed record NotesUnit(
    int Start,
    int Length,
    NotesSection Section,
    bool FirstInLine,
    NotesCheck Check,
    string? Speaker,
    SuggestionKind? KindHint = null,
    string? OwnerHint = null,
    string? DueHint = null,
    bool IsTableRow = false,
    int LineStart = -1,
    bool OwnerLabel = false);
