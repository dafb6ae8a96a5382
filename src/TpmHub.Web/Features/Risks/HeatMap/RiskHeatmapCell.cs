namespace TpmHub.Web.Features.Risks.HeatMap;

public sealed record RiskHeatmapCell(int Probability, int Impact, int Count);
