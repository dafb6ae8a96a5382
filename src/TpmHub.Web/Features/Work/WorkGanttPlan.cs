using TpmHub.Core.Schedule;

namespace TpmHub.Web.Features.Work;

/// <summary>
/// What the Gantt page shows of a project: the project, its calendar and baselines, items and links. A whole plan
/// (<see cref="IsWhole"/>) has every item, row i at index i, and every link. An opening plan has only what the chart
/// draws as it opens: the first <see cref="LeadingRows"/> rows in schedule order, the items at the far end of their
/// links (with their real rows), those links, and the plan's row count and extent, so its axis and height are already
/// the whole plan's.
/// </summary>
public sealed record WorkGanttPlan(
    string ProjectKey,
    string ProjectName,
    WorkingCalendar Calendar,
    IReadOnlyList<BaselineRow> Baselines,
    IReadOnlyList<WorkGanttItem> Items,
    IReadOnlyList<DependencyRow> Links,
    int RowCount,
    int LeadingRows,
    int? ExtentStart,
    int? ExtentFinish)
{
    public bool IsWhole => LeadingRows == RowCount;
}
