using TpmHub.Web.Features.Health;

namespace TpmHub.Web.Features.Dashboard;

/// <summary>
/// What a sponsor reads first, on one page and without jargon: health and why, milestones, the forecast finish against
/// the baseline, how likely the finish is (the latest Monte Carlo forecast in a sentence), critical work at risk, the top risks with their mitigations, the money in sentences, recent decisions and the latest published report.
/// </summary>
public sealed record ProjectDashboard(
    string Key,
    string Name,
    string Currency,
    DateOnly AsOf,
    ProjectHealthReading Health,
    DashboardSchedule Schedule,
    IReadOnlyList<DashboardMilestone> MilestonesDone,
    IReadOnlyList<DashboardMilestone> MilestonesNext,
    IReadOnlyList<DashboardItem> CriticalAtRisk,
    IReadOnlyList<DashboardRisk> TopRisks,
    DashboardMoney Money,
    IReadOnlyList<string> HealthSentences,
    IReadOnlyList<DashboardDecision> RecentDecisions,
    DashboardReport? LatestReport,
    string? Forecast = null);
