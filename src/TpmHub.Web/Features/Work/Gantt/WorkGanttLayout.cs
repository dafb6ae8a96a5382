using System.Globalization;
using TpmHub.Core.Schedule;
using TpmHub.Core.Work;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.Web.Features.Work.Gantt;

/// <summary>
/// The geometry of the Gantt chart, free of any rendering. The time axis is the project's working calendar with
/// weekends and holidays collapsed: x = (offset − <see cref="RangeStart"/>) × <see cref="DayWidth"/>, so a bar is as long
/// as its duration in working days and a dependency with no lag joins bars edge to edge. The axis is labelled with the
/// real dates of the working days (week starts at week zoom, months at month zoom). Rows have a fixed height, so the
/// rows in view follow from the scroll position alone (see <see cref="WorkGanttWindow"/>).
/// </summary>
public sealed partial class WorkGanttLayout
{
    public const double RowHeight = 32;
    public const double HeaderHeight = 48;
    public const double BarTop = 8;
    public const double BarHeight = 16;
    public const double BaselineTop = 26;
    public const double BaselineHeight = 4;

    /// <summary>Half the diagonal of a milestone diamond: arrows start and end at its points, not its centre.</summary>
    public const double MilestoneHalf = 8;

    /// <summary>How far an arrow leaves its bar horizontally before it turns.</summary>
    public const double ArrowStub = 8;

    /// <summary>How many working days today may lie beyond the plan and still stretch the axis to show the today line.</summary>
    public const int TodayReach = 260;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly IReadOnlyDictionary<int, WorkGanttRow> Empty = new Dictionary<int, WorkGanttRow>();

    private readonly WorkingCalendar _calendar;
    private readonly DateOnly _today;
    private readonly Shape _shape;
    private readonly int[][] _linksByRow;

    /// <summary>A whole chart: <paramref name="rows"/> are every row, row i at index i.</summary>
    public WorkGanttLayout(IReadOnlyList<WorkGanttRow> rows, IReadOnlyList<WorkGanttLink> links, WorkingCalendar calendar, DateOnly today,
        WorkGanttZoom zoom)
        : this(rows, new Shape(0, Empty, rows?.Count ?? 0, null, null), links, calendar, today, zoom, null)
    {
    }

    /// <summary>
    /// <paramref name="rows"/> are a block of consecutive rows from <see cref="Shape.FirstRow"/>; the shape's
    /// <see cref="Shape.Beyond"/> holds rows outside it that links from it reach; its row count, extent and anchor are the
    /// whole plan's, so an opening chart has the whole chart's axis, height and opening place. Without an extent it is
    /// taken from the rows given, without an anchor it is found among them.
    /// </summary>
    private WorkGanttLayout(IReadOnlyList<WorkGanttRow> rows, Shape shape, IReadOnlyList<WorkGanttLink> links, WorkingCalendar calendar,
        DateOnly today, WorkGanttZoom zoom, int[][]? linksByRow)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(calendar);
        Rows = rows;
        FirstRow = shape.FirstRow;
        RowCount = Math.Max(shape.RowCount, shape.FirstRow + rows.Count);
        _shape = shape;
        Links = links;
        Zoom = zoom;
        DayWidth = DayWidthOf(zoom);
        _calendar = calendar;
        _today = today;
        _linksByRow = linksByRow ?? IndexLinks(RowCount, links);
        HasBaseline = rows.Any(r => r.HasBaseline);
        var todayOffset = calendar.OffsetOnOrAfter(today);
        AnchorRow = shape.AnchorRow ?? FindAnchor(rows, todayOffset);

        int? min = shape.Extent?.Start, max = shape.Extent?.Finish;
        foreach (var row in rows)
        {
            if (shape.Extent is null)
            {
                Extend(row.Start, row.Finish);
            }

            Extend(row.BaselineStart, row.BaselineFinish);
        }

        void Extend(int? start, int? finish)
        {
            if (start is { } s && finish is { } f)
            {
                min = Math.Min(min ?? s, s);
                max = Math.Max(max ?? f, f);
            }
        }

        var first = min ?? 0;
        var last = max ?? 0;
        if (todayOffset < first && first - todayOffset <= TodayReach)
        {
            first = todayOffset;
        }
        else if (todayOffset >= last && todayOffset - last < TodayReach)
        {
            last = todayOffset + 1;
        }

        // The axis begins with the period (week or month) holding the working day before the first bar, so an arrow that
        // leaves a bar's start to the left has room, and ends a little after the last bar.
        RangeStart = calendar.OffsetOnOrAfter(MinorStart(calendar.DateOf(first - 1), zoom));
        // Room after the last bar for its title, and the axis ends where a period does so its last label is whole.
        var (padding, minimum) = zoom == WorkGanttZoom.Month ? (22, 130) : (10, 40);
        var end = Math.Max(last + padding, RangeStart + minimum);
        RangeEnd = calendar.OffsetOnOrAfter(NextMinor(MinorStart(calendar.DateOf(end - 1), zoom), zoom));
        TodayX = todayOffset >= RangeStart && todayOffset < RangeEnd
            ? X(todayOffset) + (calendar.IsWorkingDay(today) ? DayWidth / 2 : 0)
            : null;
        Ticks = Periods(d => MinorStart(d, zoom), d => NextMinor(d, zoom),
            zoom == WorkGanttZoom.Month ? "MMM" : "d MMM");
        Bands = zoom == WorkGanttZoom.Month
            ? Periods(d => new DateOnly(d.Year, 1, 1), d => d.AddYears(1), "yyyy")
            : Periods(d => new DateOnly(d.Year, d.Month, 1), d => d.AddMonths(1), "MMMM yyyy");
    }

    /// <summary>The consecutive rows laid out, from <see cref="FirstRow"/>: all of them in a whole chart.</summary>
    public IReadOnlyList<WorkGanttRow> Rows { get; }

    /// <summary>The row <see cref="Rows"/> begins with (0 in a whole chart).</summary>
    public int FirstRow { get; }

    /// <summary>How many rows the plan has (the body is this tall even while only some rows are laid out).</summary>
    public int RowCount { get; }

    /// <summary>The rows that can be rendered: <see cref="Rows"/>' place in the plan.</summary>
    public WorkGanttWindow LaidOut => new(FirstRow, FirstRow + Rows.Count);

    /// <summary>True when every row is laid out.</summary>
    public bool IsWhole => FirstRow == 0 && Rows.Count == RowCount;

    /// <summary>
    /// Where the chart opens vertically: the first row (in schedule order) not finished by today — the work at hand — or
    /// row 0 when everything is finished or nothing is scheduled.
    /// </summary>
    public int AnchorRow { get; }

    /// <summary>The scroll position that puts <see cref="AnchorRow"/> at the top of the body.</summary>
    public double ScrollAnchorY => AnchorRow * RowHeight;

    public IReadOnlyList<WorkGanttLink> Links { get; }

    public WorkGanttZoom Zoom { get; }

    /// <summary>Pixels per working day.</summary>
    public double DayWidth { get; }

    /// <summary>The offset at the timeline's left edge.</summary>
    public int RangeStart { get; }

    /// <summary>The offset at the timeline's right edge (exclusive).</summary>
    public int RangeEnd { get; }

    public double Width => (RangeEnd - RangeStart) * DayWidth;

    public double Height => RowCount * RowHeight;

    public bool HasBaseline { get; }

    /// <summary>The today line: the middle of today's column, or the boundary where the next working day begins.</summary>
    public double? TodayX { get; }

    public DateOnly Today => _today;

    /// <summary>The lower axis: one span per week (labelled with the week's Monday) or per month.</summary>
    public IReadOnlyList<WorkGanttTick> Ticks { get; }

    /// <summary>The upper axis: months at week zoom, years at month zoom.</summary>
    public IReadOnlyList<WorkGanttTick> Bands { get; }

    /// <summary>Where the chart opens horizontally: a little before today, so the work at hand is in view.</summary>
    public double ScrollAnchorX => TodayX is { } x ? Math.Max(0, x - Math.Max(6 * DayWidth, 60)) : 0;

    public static double DayWidthOf(WorkGanttZoom zoom) => zoom == WorkGanttZoom.Month ? 4 : 20;

    public static double RowTop(int row) => row * RowHeight;

    public static double RowCenter(int row) => (row * RowHeight) + (RowHeight / 2);

    public double X(int offset) => (offset - RangeStart) * DayWidth;

    /// <summary>The same rows and links on another scale.</summary>
    public WorkGanttLayout WithZoom(WorkGanttZoom zoom) =>
        zoom == Zoom ? this : new WorkGanttLayout(Rows, _shape with { AnchorRow = AnchorRow }, Links, _calendar, _today, zoom, _linksByRow);

    /// <summary>Row <paramref name="index"/>, when it is laid out.</summary>
    public WorkGanttRow? RowAt(int index) =>
        index >= FirstRow && index < FirstRow + Rows.Count ? Rows[index - FirstRow] : _shape.Beyond.GetValueOrDefault(index);

    /// <summary>A task's bar (left edge and width, at least 2 px), or a milestone's centre (width 0); null when unscheduled.</summary>
    public (double X, double Width)? Bar(WorkGanttRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Start is not { } start || row.Finish is not { } finish)
        {
            return null;
        }

        return row.IsMilestone ? (X(start), 0) : (X(start), Math.Max(2, (finish - start) * DayWidth));
    }

    /// <summary>The baseline bar under a row, shaped like <see cref="Bar"/>; null without baseline dates.</summary>
    public (double X, double Width)? BaselineBar(WorkGanttRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.BaselineStart is not { } start || row.BaselineFinish is not { } finish)
        {
            return null;
        }

        return row.IsMilestone ? (X(finish), 0) : (X(start), Math.Max(2, (finish - start) * DayWidth));
    }

    /// <summary>
    /// The arrow of a link: it leaves the predecessor at its finish (FS, FF) or start (SS, SF) and enters the successor at
    /// its start (FS, SS, from the left) or finish (FF, SF, from the right). Where a single vertical run can join the two
    /// stubs it does (three segments); otherwise the arrow turns along the row boundary above the successor (five).
    /// Null when either end has no schedule.
    /// </summary>
    public WorkGanttArrow? Arrow(WorkGanttLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var pred = RowAt(link.PredecessorRow);
        var succ = RowAt(link.SuccessorRow);
        if (pred is null || succ is null || !pred.IsScheduled || !succ.IsScheduled)
        {
            return null;
        }

        var fromFinish = link.Type is LinkType.FS or LinkType.FF;
        var toStart = link.Type is LinkType.FS or LinkType.SS;
        var x1 = fromFinish ? FinishX(pred) : StartX(pred);
        var x2 = toStart ? StartX(succ) : FinishX(succ);
        var y1 = RowCenter(pred.Index);
        var y2 = RowCenter(succ.Index);
        var exit = fromFinish ? 1 : -1;
        var entry = toStart ? -1 : 1;
        var a = x1 + (exit * ArrowStub);
        var b = x2 + (entry * ArrowStub);
        double? turn = (exit, entry) switch
        {
            (1, -1) => a <= b ? a : null,
            (-1, -1) => Math.Min(a, b),
            (1, 1) => Math.Max(a, b),
            _ => a >= b ? a : null,
        };
        string path;
        if (turn is { } m)
        {
            path = $"M{N(x1)},{N(y1)} H{N(m)} V{N(y2)} H{N(x2)}";
        }
        else
        {
            var between = y2 - (Math.Sign(y2 - y1) * RowHeight / 2);
            path = $"M{N(x1)},{N(y1)} H{N(a)} V{N(between)} H{N(b)} V{N(y2)} H{N(x2)}";
        }

        return new WorkGanttArrow(link, x1, y1, x2, y2, path);
    }

    /// <summary>The links with at least one end in <paramref name="window"/>, each once, in link order of the rows.</summary>
    public IReadOnlyList<WorkGanttLink> LinksTouching(WorkGanttWindow window)
    {
        var result = new List<WorkGanttLink>();
        var seen = new HashSet<int>();
        var first = Math.Max(FirstRow, window.First);
        var end = Math.Min(window.End, FirstRow + Rows.Count);
        for (var row = first; row < end; row++)
        {
            foreach (var index in _linksByRow[row])
            {
                if (seen.Add(index))
                {
                    result.Add(Links[index]);
                }
            }
        }

        // A critical link from above the window to below it crosses the rows in view, so the critical path stays visibly
        // unbroken. Other crossing links are left out: in a large plan there can be hundreds, and they would bury the chart.
        for (var index = 0; index < Links.Count; index++)
        {
            var link = Links[index];
            if (link.Critical && Math.Min(link.PredecessorRow, link.SuccessorRow) < first && Math.Max(link.PredecessorRow, link.SuccessorRow) >= end
                && seen.Add(index))
            {
                result.Add(link);
            }
        }

        return result;
    }

    /// <summary>The chart of a plan (whole or opening, see <see cref="WorkGanttPlan"/>) with an optional baseline.</summary>
    public static WorkGanttLayout Build(WorkGanttPlan plan, BaselineVariance? baseline, DateOnly today, WorkGanttZoom zoom)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var calendar = plan.Calendar;
        var frozen = new Dictionary<string, BaselineItemVariance>(StringComparer.Ordinal);
        foreach (var item in baseline?.Items ?? [])
        {
            frozen.TryAdd(item.Key, item);
        }

        var block = new WorkGanttRow[plan.EndRow - plan.FirstRow];
        var beyond = new Dictionary<int, WorkGanttRow>();
        var rowOf = new Dictionary<string, WorkGanttRow>(plan.Items.Count, StringComparer.Ordinal);
        foreach (var item in plan.Items)
        {
            int? baselineStart = null, baselineFinish = null;
            if (frozen.TryGetValue(item.Key, out var was) && was.BaselineStart is { } bs && was.BaselineFinish is { } bf)
            {
                (baselineStart, baselineFinish) = BaselineOffsets(calendar, item, bs, bf);
            }

            var row = new WorkGanttRow(item.Row, item.Key, item.Title, item.Type, item.StartOffset, item.FinishOffset, item.Critical, item.PercentComplete,
                item.PlannedStart, item.PlannedFinish, baselineStart, baselineFinish);
            if (item.Row >= plan.FirstRow && item.Row < plan.EndRow)
            {
                block[item.Row - plan.FirstRow] = row;
            }
            else
            {
                beyond[item.Row] = row;
            }

            rowOf[item.Key] = row;
        }

        var links = new List<WorkGanttLink>(plan.Links.Count);
        foreach (var d in plan.Links)
        {
            if (rowOf.TryGetValue(d.Predecessor, out var p) && rowOf.TryGetValue(d.Successor, out var s))
            {
                links.Add(new WorkGanttLink(d.Predecessor, d.Successor, d.Type, d.LagDays, p.Index, s.Index, p.Critical && s.Critical));
            }
        }

        (int, int)? extent = plan.ExtentStart is { } start && plan.ExtentFinish is { } finish ? (start, finish) : null;
        var shape = plan.IsWhole ? new Shape(0, Empty, plan.RowCount, null, null) : new Shape(plan.FirstRow, beyond, plan.RowCount, extent, plan.AnchorRow);
        return new WorkGanttLayout(block, shape, links, calendar, today, zoom, null);
    }

    /// <summary>
    /// Offsets (start, exclusive finish) of a baseline's shown dates. A task's dates are working days: start is the start
    /// offset, finish the last working day, so + 1. A milestone shows on the day before its offset (the finish of what
    /// drives it), so its offset is that day's + 1 — except at offset 0, where it shows on the start date itself; where
    /// the frozen date is today's shown date the current offset is taken, which settles that case when nothing moved.
    /// </summary>
    public static (int Start, int Finish) BaselineOffsets(WorkingCalendar calendar, WorkGanttItem item, DateOnly start, DateOnly finish)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(item);
        if (item.Type == WorkItemType.Milestone || item.DurationDays == 0)
        {
            var at = finish == item.PlannedFinish && item.FinishOffset is { } current ? current : calendar.OffsetOnOrAfter(finish) + 1;
            return (at, at);
        }

        var s = calendar.OffsetOnOrAfter(start);
        return (s, Math.Max(s, calendar.OffsetOnOrAfter(finish) + 1));
    }

    private double StartX(WorkGanttRow row) => X(row.Start!.Value) - (row.IsMilestone ? MilestoneHalf : 0);

    private double FinishX(WorkGanttRow row) => X(row.Finish!.Value) + (row.IsMilestone ? MilestoneHalf : 0);

    private static int FindAnchor(IReadOnlyList<WorkGanttRow> rows, int todayOffset)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Finish > todayOffset)
            {
                return i;
            }
        }

        return 0;
    }

    private static int[][] IndexLinks(int rowCount, IReadOnlyList<WorkGanttLink> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var counts = new int[rowCount];
        foreach (var link in links)
        {
            counts[link.PredecessorRow]++;
            if (link.SuccessorRow != link.PredecessorRow)
            {
                counts[link.SuccessorRow]++;
            }
        }

        var byRow = new int[rowCount][];
        for (var i = 0; i < byRow.Length; i++)
        {
            byRow[i] = counts[i] == 0 ? [] : new int[counts[i]];
            counts[i] = 0;
        }

        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            byRow[link.PredecessorRow][counts[link.PredecessorRow]++] = i;
            if (link.SuccessorRow != link.PredecessorRow)
            {
                byRow[link.SuccessorRow][counts[link.SuccessorRow]++] = i;
            }
        }

        return byRow;
    }

    private static string N(double value) => value.ToString("0.##", Invariant);

    /// <summary>Which part of the plan a layout holds (see the private constructor).</summary>
    private sealed record Shape(int FirstRow, IReadOnlyDictionary<int, WorkGanttRow> Beyond, int RowCount, (int Start, int Finish)? Extent, int? AnchorRow);
}
