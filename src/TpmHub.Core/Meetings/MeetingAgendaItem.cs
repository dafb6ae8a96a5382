namespace TpmHub.Core.Meetings;

/// <summary>One line of a meeting's agenda, optionally about a work item or a RAID entry of the project.</summary>
public sealed class MeetingAgendaItem
{
    public Guid Id { get; set; }

    public Guid MeetingId { get; set; }

    public int Position { get; set; }

    public string Text { get; set; } = "";

    public Guid? WorkItemId { get; set; }

    public Guid? RaidEntryId { get; set; }

    /// <summary>The action suggestion of the series' previous meeting this line carries forward, when it does.</summary>
    public Guid? CarriedFromSuggestionId { get; set; }
}
