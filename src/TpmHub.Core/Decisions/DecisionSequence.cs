namespace TpmHub.Core.Decisions;

/// <summary>The next decision number of a project, taken with UPDATE … RETURNING so concurrent creation never reuses one.</summary>
public sealed class DecisionSequence
{
    public Guid ProjectId { get; set; }

    public int NextNumber { get; set; } = 1;
}
