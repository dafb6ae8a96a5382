namespace TpmHub.Web.Features.Risks.HeatMap;

/// <summary>Counts of open risks per probability × impact cell (all 25 cells, zeros included).</summary>
public sealed record RiskHeatmap(IReadOnlyList<RiskHeatmapCell> Cells, bool Residual);
