using TpmHub.Web.Features.Projects;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.Web.Features.Portfolio;

/// <summary>
/// The dashboard at a glance: counts by kind, status and health, every visible project, and the schedule health of
/// those with a baseline (by project key).
/// </summary>
public sealed record PortfolioSummary(
    int Total,
    IReadOnlyDictionary<string, int> ByKind,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByHealth,
    IReadOnlyList<ProjectRow> Projects,
    IReadOnlyDictionary<string, ScheduleHealthService.Row> ScheduleHealth);
