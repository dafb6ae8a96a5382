namespace TpmHub.Core.Risks;

/// <summary>A risk's assessment as of a day (one history row).</summary>
public readonly record struct RiskSnapshot(Guid EntryId, DateOnly Date, RaidStatus Status, int? Probability, int? Impact, decimal? CostImpact);
