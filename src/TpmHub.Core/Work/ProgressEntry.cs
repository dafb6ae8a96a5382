namespace TpmHub.Core.Work;

/// <summary>
/// A work item's percent complete as of a status date. The history is kept; the item's current percent is the latest
/// entry (by status date, then by when it was recorded).
/// </summary>
public sealed class ProgressEntry
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public Guid WorkItemId { get; set; }

    public DateOnly AsOf { get; set; }

    public int PercentComplete { get; set; }

    public string? RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
