using TpmHub.Core.Schedule;
using TpmHub.Core.Work;
using TpmHub.Web.Features.Work.Gantt;

namespace TpmHub.UnitTests.Work;

/// <summary>Small builders for Gantt rows and layouts on a calendar starting Monday 2026-06-01.</summary>
internal static class WorkGanttRows
{
    public static readonly DateOnly ProjectStart = new(2026, 6, 1);

    public static WorkingCalendar Calendar(params DateOnly[] holidays) => new(ProjectStart, holidays);

    public static WorkGanttRow Task(int index, int? start, int? finish, bool critical = false, int? baselineStart = null, int? baselineFinish = null) =>
        new(index, $"T-{index + 1}", $"Task {index + 1}", WorkItemType.Task, start, finish, critical, 0, null, null, baselineStart, baselineFinish);

    public static WorkGanttRow Milestone(int index, int at, bool critical = false) =>
        new(index, $"T-{index + 1}", $"Milestone {index + 1}", WorkItemType.Milestone, at, at, critical, 0, null, null, null, null);

    public static WorkGanttLink Link(IReadOnlyList<WorkGanttRow> rows, int pred, int succ, LinkType type = LinkType.FS) =>
        new(rows[pred].Key, rows[succ].Key, type, 0, pred, succ, rows[pred].Critical && rows[succ].Critical);

    public static WorkGanttLayout Layout(IReadOnlyList<WorkGanttRow> rows, IReadOnlyList<WorkGanttLink>? links = null,
        WorkGanttZoom zoom = WorkGanttZoom.Week, DateOnly? today = null, WorkingCalendar? calendar = null) =>
        new(rows, links ?? [], calendar ?? Calendar(), today ?? new DateOnly(2026, 6, 3), zoom);
}
