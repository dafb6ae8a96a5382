namespace TpmHub.Core.Risks;

/// <summary>The next RAID entry number of a project, taken with UPDATE … RETURNING so concurrent creation never reuses one.</summary>
public sealed class RaidSequence
{
    public Guid ProjectId { get; set; }

    public int NextNumber { get; set; } = 1;
}
