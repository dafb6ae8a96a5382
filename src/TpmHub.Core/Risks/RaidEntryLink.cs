namespace TpmHub.Core.Risks;

/// <summary>An entry's link to a work item of the same project (what the risk threatens, what the issue blocks).</summary>
public sealed class RaidEntryLink
{
    public Guid EntryId { get; set; }

    public Guid WorkItemId { get; set; }
}
