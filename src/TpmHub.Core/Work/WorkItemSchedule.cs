namespace TpmHub.Core.Work;

/// <summary>
/// The critical-path engine's result for one work item, rewritten after every change that affects the
/// schedule. Offsets are working days from the project start; dates follow the shown-date rules of DESIGN.md.
/// </summary>
public sealed class WorkItemSchedule
{
    public Guid WorkItemId { get; set; }

    public Guid ProjectId { get; set; }

    public int EarlyStartOffset { get; set; }

    public int EarlyFinishOffset { get; set; }

    public DateOnly EarlyStart { get; set; }

    public DateOnly EarlyFinish { get; set; }

    public DateOnly LateStart { get; set; }

    public DateOnly LateFinish { get; set; }

    public int TotalFloat { get; set; }

    public int FreeFloat { get; set; }

    public bool Critical { get; set; }
}
