namespace TpmHub.Core.Work;

/// <summary>One work item's planned dates, duration and budget as they were when the baseline was saved.</summary>
public sealed class BaselineItem
{
    public Guid BaselineId { get; set; }

    public Guid WorkItemId { get; set; }

    public string Key { get; set; } = "";

    public string Title { get; set; } = "";

    public DateOnly? Start { get; set; }

    public DateOnly? Finish { get; set; }

    public int DurationDays { get; set; }

    public decimal Budget { get; set; }
}
