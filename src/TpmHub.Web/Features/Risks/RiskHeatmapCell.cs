namespace TpmHub.Web.Features.Risks;

public sealed record RiskHeatmapCell(int Probability, int Impact, int Count);
