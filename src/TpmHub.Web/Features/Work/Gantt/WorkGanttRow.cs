using TpmHub.Core.Work;

namespace TpmHub.Web.Features.Work.Gantt;

/// <summary>
/// One row of the Gantt: a work item placed on the working calendar. <see cref="Start"/> and <see cref="Finish"/> are
/// working-day offsets from the project start (finish exclusive), null before a schedule exists; the baseline offsets
/// are the frozen plan's, null without a baseline or for items added after it.
/// </summary>
public sealed record WorkGanttRow(
    int Index,
    string Key,
    string Title,
    WorkItemType Type,
    int? Start,
    int? Finish,
    bool Critical,
    int PercentComplete,
    DateOnly? PlannedStart,
    DateOnly? PlannedFinish,
    int? BaselineStart,
    int? BaselineFinish)
{
    public bool IsScheduled => Start is not null && Finish is not null;

    /// <summary>Milestones, and any item of no duration, are drawn as diamonds.</summary>
    public bool IsMilestone => Type == WorkItemType.Milestone || (Start is { } s && Finish == s);

    public bool HasBaseline => BaselineStart is not null && BaselineFinish is not null;
}
