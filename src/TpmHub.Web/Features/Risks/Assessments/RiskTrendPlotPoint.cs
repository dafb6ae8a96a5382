namespace TpmHub.Web.Features.Risks.Assessments;

/// <summary>A point of the trend chart in SVG user units.</summary>
public readonly record struct RiskTrendPlotPoint(double X, double Y);
