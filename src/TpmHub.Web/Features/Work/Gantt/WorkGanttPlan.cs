using TpmHub.Core.Schedule;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Dependencies;

namespace TpmHub.Web.Features.Work.Gantt;

/// <summary>
/// What the Gantt page shows of a project: the project, its calendar and baselines, items and links. A whole plan
/// (<see cref="IsWhole"/>) has every item, row i at index i, and every link. An opening plan has only what the chart
/// draws as it opens: the rows [<see cref="FirstRow"/>, <see cref="EndRow"/>) around <see cref="AnchorRow"/> (the first
/// row not finished by today, where the chart opens), the items at the far end of their links (with their real rows),
/// those links, and the plan's row count and extent, so its axis and height are already the whole plan's.
/// </summary>
public sealed record WorkGanttPlan(
    string ProjectKey,
    string ProjectName,
    WorkingCalendar Calendar,
    IReadOnlyList<BaselineRow> Baselines,
    IReadOnlyList<WorkGanttItem> Items,
    IReadOnlyList<DependencyRow> Links,
    int RowCount,
    int FirstRow,
    int EndRow,
    int? AnchorRow,
    int? ExtentStart,
    int? ExtentFinish)
{
    public bool IsWhole => FirstRow == 0 && EndRow == RowCount;
}

/// <summary>
/// Which rows an opening plan holds: those from <see cref="RowsBefore"/> above the first row not finished by
/// <see cref="Today"/> to <see cref="RowsAfter"/> rows after it (what the chart renders as it opens).
/// </summary>
public sealed record WorkGanttOpening(DateOnly Today, int RowsBefore, int RowsAfter);
