namespace TpmHub.Core.Reporting;

/// <summary>A change to a risk in the period: raised, closed, or re-scored from <see cref="From"/> to <see cref="To"/>.</summary>
public sealed record ReportRiskChange(string Key, string Title, RiskChangeKind Kind, int? From, int? To);
