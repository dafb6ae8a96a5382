namespace TpmHub.Core.People;

/// <summary>Hours a person worked on a project on a day, optionally on one of its work items.</summary>
public sealed class TimeEntry
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public Guid PersonId { get; set; }

    public Guid? WorkItemId { get; set; }

    public DateOnly Date { get; set; }

    public decimal Hours { get; set; }

    public string Note { get; set; } = "";

    /// <summary>
    /// Labour cost: <see cref="Hours"/> × the person's rate on <see cref="Date"/> (<see cref="TimeEntryRules.Cost"/>), set when the
    /// entry is written and again when a rate in force on its date changes, so sums read it instead of pricing every entry.
    /// </summary>
    public decimal Cost { get; set; }

    /// <summary>When a lead approved the week this entry is in (null while not approved).</summary>
    public DateTimeOffset? ApprovedAt { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
