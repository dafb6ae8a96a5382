namespace TpmHub.Core.Decisions;

/// <summary>Where a decision stands: proposed, accepted, superseded by a later one, or rejected.</summary>
public enum DecisionStatus
{
    Proposed,
    Accepted,
    Superseded,
    Rejected,
}
