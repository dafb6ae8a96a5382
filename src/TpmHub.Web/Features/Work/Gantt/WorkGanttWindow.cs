
namespace TpmHub.Web.Features.Work.Gantt;

/// <summary>The rows [<see cref="First"/>, <see cref="End"/>) the Gantt renders; everything else is an empty spacer.</summary>
public readonly record struct WorkGanttWindow(int First, int End)
{
    public int Count => End - First;

    public bool Contains(int row) => row >= First && row < End;

    public bool Covers(WorkGanttWindow other) => other.First >= First && other.End <= End;

    /// <summary>
    /// The rows a body scrolled down by <paramref name="scrollTop"/> pixels shows in <paramref name="viewportHeight"/>
    /// pixels, widened by <paramref name="overscan"/> rows on each side and clamped to the rows that exist.
    /// </summary>
    public static WorkGanttWindow InView(double scrollTop, double viewportHeight, double rowHeight, int rowCount, int overscan)
    {
        if (rowCount <= 0 || rowHeight <= 0)
        {
            return new WorkGanttWindow(0, 0);
        }

        var top = Math.Max(0, scrollTop);
        var first = (int)Math.Min(Math.Floor(top / rowHeight), rowCount);
        var end = (int)Math.Min(Math.Ceiling((top + Math.Max(0, viewportHeight)) / rowHeight), rowCount);
        first = Math.Clamp(first - Math.Max(0, overscan), 0, rowCount);
        end = Math.Clamp(end + Math.Max(0, overscan), first, rowCount);
        return new WorkGanttWindow(first, end);
    }

    /// <summary>
    /// The window to render after a scroll: the current one while the rows in view, and half the overscan beyond them,
    /// are still inside it (so a small scroll costs no render at all), otherwise a fresh window around the view with
    /// <paramref name="overscan"/> rows each side. Re-rendering before the view reaches the edge means that, while a
    /// user scrolls steadily, the next rows arrive while the overscan is still being scrolled through.
    /// </summary>
    public static WorkGanttWindow Next(WorkGanttWindow rendered, double scrollTop, double viewportHeight, double rowHeight, int rowCount, int overscan)
    {
        var needed = InView(scrollTop, viewportHeight, rowHeight, rowCount, overscan / 2);
        return rendered.End <= rowCount && rendered.Covers(needed) && (rendered.Count > 0 || rowCount == 0)
            ? rendered
            : InView(scrollTop, viewportHeight, rowHeight, rowCount, overscan);
    }

    /// <summary>The rows of this window that are also in <paramref name="bounds"/> (empty, at the nearer edge, when none are).</summary>
    public WorkGanttWindow Within(WorkGanttWindow bounds)
    {
        var first = Math.Clamp(First, bounds.First, bounds.End);
        return new WorkGanttWindow(first, Math.Clamp(End, first, bounds.End));
    }
}
