namespace TpmHub.Core.Meetings;

/// <summary>
/// An action, decision or risk recognised in a meeting's notes, kept so a lead can edit it and accept it (creating a
/// work item, decision or RAID entry linked back to the meeting) or reject it. Accepted and rejected suggestions
/// survive later saves of the notes; <see cref="Fingerprint"/> keeps a rejected one from coming back.
/// </summary>
public sealed class MeetingSuggestion
{
    public Guid Id { get; set; }

    public Guid MeetingId { get; set; }

    /// <summary>Order within the notes (position of the source, then order of recognition).</summary>
    public int Position { get; set; }

    public SuggestionKind Kind { get; set; }

    public string Text { get; set; } = "";

    /// <summary>The owner's name as an attendee of the meeting, or null.</summary>
    public string? Owner { get; set; }

    public DateOnly? Due { get; set; }

    /// <summary>The exact sentence or line of the notes.</summary>
    public string Source { get; set; } = "";

    /// <summary>Where the source starts in the current notes, or −1 when the notes no longer contain it.</summary>
    public int SourceStart { get; set; }

    /// <summary><see cref="SuggestionFingerprint.Of"/> of kind and source: how a re-extraction recognises it.</summary>
    public string Fingerprint { get; set; } = "";

    public SuggestionState State { get; set; }

    /// <summary>The key of what accepting created (<c>CLD-42</c>, <c>CLD-D3</c>, <c>CLD-R9</c>).</summary>
    public string? CreatedKey { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }
}
