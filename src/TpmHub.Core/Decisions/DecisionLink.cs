namespace TpmHub.Core.Decisions;

/// <summary>A decision's link to a work item or a RAID entry of the same project (exactly one of the two is set).</summary>
public sealed class DecisionLink
{
    public Guid Id { get; set; }

    public Guid DecisionId { get; set; }

    public Guid? WorkItemId { get; set; }

    public Guid? RaidEntryId { get; set; }
}
