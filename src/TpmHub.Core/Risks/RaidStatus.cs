namespace TpmHub.Core.Risks;

/// <summary>Entry statuses; which apply depends on the kind (see <see cref="RaidRules.StatusesFor"/>).</summary>
public enum RaidStatus
{
    Open,
    Mitigating,
    Realised,
    Closed,
    Validated,
    Invalidated,
    InProgress,
    Resolved,
    Committed,
    Delivered,
}
