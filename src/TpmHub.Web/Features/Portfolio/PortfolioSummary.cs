using TpmHub.Web.Features.Projects;

namespace TpmHub.Web.Features.Portfolio;

/// <summary>The dashboard at a glance: counts by kind, status and health, and every visible project.</summary>
public sealed record PortfolioSummary(
    int Total,
    IReadOnlyDictionary<string, int> ByKind,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByHealth,
    IReadOnlyList<ProjectRow> Projects);
