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

    public ProjectHealth Health { get; set; } = ProjectHealth.Green;

    /// <summary>Why the health was set by hand; required whenever a lead sets it.</summary>
    public string? HealthReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the project was archived: it then leaves the portfolio and is read-only until unarchived.</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>The share (percent) of a budget category's plan spent from which the Budget tab flags it.</summary>
    public int BudgetWarningPercent { get; set; } = 90;

    public uint Version { get; set; }

    public List<ProjectMember> Members { get; set; } = [];
}
