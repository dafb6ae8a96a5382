namespace TpmHub.Core.Work;

/// <summary>
/// An epic, task, bug or milestone: the plan a lead edits (duration, constraints; links live in
/// <see cref="Dependency"/>). The computed schedule is kept apart in <see cref="WorkItemSchedule"/>, so a
/// recomputation never changes an item's version under someone who is editing it.
/// </summary>
public sealed class WorkItem
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    /// <summary>Per-project sequence number; the key is <c>{project key}-{number}</c>.</summary>
    public int Number { get; set; }

    public string Key { get; set; } = "";

    public WorkItemType Type { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public WorkItemStatus Status { get; set; }

    public WorkItemPriority Priority { get; set; } = WorkItemPriority.Medium;

    public string? AssigneeId { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>Working days; 0 for a milestone.</summary>
    public int DurationDays { get; set; }

    public decimal? Optimistic { get; set; }

    public decimal? MostLikely { get; set; }

    public decimal? Pessimistic { get; set; }

    public int PercentComplete { get; set; }

    /// <summary>Planned cost in the project's currency.</summary>
    public decimal Budget { get; set; }

    public DateOnly? StartNoEarlierThan { get; set; }

    /// <summary>When the item is promised by (a meeting action's due date); shown and checked, not a schedule constraint.</summary>
    public DateOnly? DueDate { get; set; }

    public DateOnly? ActualStart { get; set; }

    public DateOnly? ActualFinish { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
