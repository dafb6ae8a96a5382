namespace TpmHub.Core.Risks;

/// <summary>The project's risk position at the end of the week starting <see cref="Week"/> (a Monday).</summary>
public sealed record RiskTrendPoint(DateOnly Week, int TotalScore, decimal Exposure);
