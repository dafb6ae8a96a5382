namespace TpmHub.Core.Risks;

/// <summary>The four kinds of RAID log entry.</summary>
public enum RaidKind
{
    Risk,
    Assumption,
    Issue,
    Dependency,
}
