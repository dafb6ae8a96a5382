namespace TpmHub.Core.Projects;

/// <summary>A project in the portfolio. <see cref="Version"/> is the database row version used for optimistic concurrency.</summary>
public sealed class Project
{
    public Guid Id { get; set; }

    /// <summary>2–10 capital letters, unique across the portfolio (e.g. <c>CLD</c>).</summary>
    public string Key { get; set; } = "";

    public string Name { get; set; } = "";

    public ProjectKind Kind { get; set; }

    public ProjectPhase Phase { get; set; }

    public ProjectStatus Status { get; set; }

    public string OwnerId { get; set; } = "";

    public DateOnly StartDate { get; set; }

    public DateOnly TargetDate { get; set; }

    /// <summary>ISO 4217 code of the project's money.</summary>
    public string Currency { get; set; } = "USD";

    public string Description { get; set; } = "";

    public string Objectives { get; set; } = "";

    /// <summary>A rating a lead set by hand over the computed health (null: the computed rating counts).</summary>
    public ProjectHealth? HealthOverride { get; set; }

    /// <summary>Why the lead overrode the computed health; required with <see cref="HealthOverride"/>.</summary>
    public string? HealthOverrideReason { get; set; }

    /// <summary>The user who set the override.</summary>
    public string? HealthOverrideBy { get; set; }

    public DateTimeOffset? HealthOverrideAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the project was archived: it then leaves the portfolio and is read-only until unarchived.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>The share (percent) of a budget category's plan spent from which the Budget tab flags it.</summary>
    public int BudgetWarningPercent { get; set; } = 90;

    public uint Version { get; set; }

    public List<ProjectMember> Members { get; set; } = [];
}
