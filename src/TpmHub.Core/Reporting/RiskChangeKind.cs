namespace TpmHub.Core.Reporting;

/// <summary>How a risk changed during a report's period.</summary>
public enum RiskChangeKind
{
    Raised,
    Closed,
    Realised,
    ScoreUp,
    ScoreDown,
}
