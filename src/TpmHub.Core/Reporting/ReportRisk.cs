using TpmHub.Core.Risks;

namespace TpmHub.Core.Reporting;

/// <summary>An open risk as a report lists it: key, title, score and band, owner (null: nobody), and its mitigation plan.</summary>
public sealed record ReportRisk(string Key, string Title, int Score, RiskBand Band, string? Owner, string Mitigation);
