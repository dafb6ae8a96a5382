using TpmHub.Web.Features.Risks.Assessments;
using TpmHub.Web.Features.Risks.HeatMap;

namespace TpmHub.Web.Features.Portfolio;

/// <summary>What <c>GET /api/v1/portfolio/risks</c> returns.</summary>
public sealed record PortfolioRisksResponse(RiskHeatmap Heatmap, IReadOnlyList<TopRiskRow> TopRisks, IReadOnlyList<RaidOverdueRow> Overdue);
