namespace TpmHub.Web.Features.Risks.Assessments;

/// <summary>A labelled week on the trend chart's time axis.</summary>
public sealed record RiskTrendTick(double X, DateOnly Week);
