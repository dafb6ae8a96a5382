using TpmHub.Core.Risks;

namespace TpmHub.Web.Features.Risks.Assessments;

public sealed record RaidHistoryRow(DateTimeOffset At, RaidStatus Status, int? Probability, int? Impact, int? Score, int? ResidualProbability,
    int? ResidualImpact, decimal? CostImpact, string? ChangedBy);
