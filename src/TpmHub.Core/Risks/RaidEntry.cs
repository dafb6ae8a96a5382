namespace TpmHub.Core.Risks;

/// <summary>
/// One entry of a project's RAID log. Common fields first; the kind-specific ones are null for other kinds.
/// <see cref="Score"/> and <see cref="ResidualScore"/> are kept by the service from probability × impact so the
/// heat map and sorting run in SQL.
/// </summary>
public sealed class RaidEntry
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public int Number { get; set; }

    /// <summary><c>{project key}-R{number}</c>, e.g. CLD-R7.</summary>
    public string Key { get; set; } = "";

    public RaidKind Kind { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string? OwnerId { get; set; }

    public RaidStatus Status { get; set; }

    public DateOnly RaisedOn { get; set; }

    public DateOnly? DueDate { get; set; }

    // Risk
    public RiskCategory? Category { get; set; }

    public int? Probability { get; set; }

    public int? Impact { get; set; }

    public int? Score { get; set; }

    public RiskResponse? Response { get; set; }

    public string MitigationPlan { get; set; } = "";

    public string ContingencyPlan { get; set; } = "";

    public string Trigger { get; set; } = "";

    public decimal? CostImpact { get; set; }

    public int? ScheduleImpactDays { get; set; }

    public int? ResidualProbability { get; set; }

    public int? ResidualImpact { get; set; }

    public int? ResidualScore { get; set; }

    public DateOnly? ReviewDate { get; set; }

    // Assumption
    public string ValidationMethod { get; set; } = "";

    public DateOnly? ValidateBy { get; set; }

    // Issue
    public IssueSeverity? Severity { get; set; }

    public string Resolution { get; set; } = "";

    public DateOnly? ResolvedOn { get; set; }

    /// <summary>For an issue raised from a realised risk: that risk.</summary>
    public Guid? SourceRiskId { get; set; }

    // Dependency
    public string ExternalParty { get; set; } = "";

    public string Need { get; set; } = "";

    public DateOnly? NeededBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
