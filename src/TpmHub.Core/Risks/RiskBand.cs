namespace TpmHub.Core.Risks;

/// <summary>Severity band of a risk score: 1–4 low, 5–9 medium, 10–16 high, 20–25 critical.</summary>
public enum RiskBand
{
    Low,
    Medium,
    High,
    Critical,
}
