using TpmHub.Core.Work;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.Web.Features.Work.Gantt;

/// <summary>
/// What the Gantt needs of a work item, and no more (no description, assignee or parent), so the chart of a
/// 5,000-item plan stays a narrow read. <see cref="Row"/> is its place in schedule order (early start, early finish,
/// number). Offsets are the schedule's working-day offsets (finish exclusive), null before a schedule exists; the
/// planned dates are as DESIGN.md shows them.
/// </summary>
public sealed record WorkGanttItem(
    int Row,
    Guid Id,
    string Key,
    string Title,
    WorkItemType Type,
    int DurationDays,
    int PercentComplete,
    int? StartOffset,
    int? FinishOffset,
    bool Critical,
    DateOnly? PlannedStart,
    DateOnly? PlannedFinish);
