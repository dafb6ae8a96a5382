using TpmHub.Web.Features.Work.Gantt;

namespace TpmHub.UnitTests.Work;

public sealed class WorkGanttWindowTests
{
    [Theory]
    [InlineData(0, 320, 0, 0, 10)]
    [InlineData(0, 320, 5, 0, 15)]
    [InlineData(3200, 320, 5, 95, 115)]
    [InlineData(3210, 320, 0, 100, 111)] // a partly visible row at each edge counts
    [InlineData(31900, 320, 5, 991, 1000)] // clamped at the last row
    [InlineData(-40, 320, 5, 0, 15)] // overscroll bounce above the top
    [InlineData(99999, 320, 5, 995, 1000)] // scrolled past the end (the rows shrank)
    public void InView_ScrollPosition_RowsInViewPlusOverscan(double scrollTop, double height, int overscan, int first, int end)
    {
        WorkGanttWindow.InView(scrollTop, height, 32, 1000, overscan).Should().Be(new WorkGanttWindow(first, end));
    }

    [Fact]
    public void InView_NoRows_IsEmpty()
    {
        WorkGanttWindow.InView(500, 320, 32, 0, 5).Should().Be(new WorkGanttWindow(0, 0));
    }

    [Fact]
    public void Next_ScrollStaysInsideRenderedRows_KeepsTheWindow()
    {
        var rendered = new WorkGanttWindow(85, 125);

        WorkGanttWindow.Next(rendered, 3300, 320, 32, 1000, 15).Should().Be(rendered);
    }

    [Fact]
    public void Next_ScrollLeavesRenderedRows_RecentresWithOverscan()
    {
        var rendered = new WorkGanttWindow(85, 125);

        WorkGanttWindow.Next(rendered, 4000, 320, 32, 1000, 15).Should().Be(new WorkGanttWindow(110, 150));
    }

    [Fact]
    public void Next_RowCountShrankBelowWindow_Clamps()
    {
        WorkGanttWindow.Next(new WorkGanttWindow(0, 50), 0, 320, 32, 10, 15).Should().Be(new WorkGanttWindow(0, 10));
    }

    [Fact]
    public void Next_EmptyWindowWithRows_RendersRows()
    {
        WorkGanttWindow.Next(default, 0, 0, 32, 100, 15).Should().Be(new WorkGanttWindow(0, 15));
    }

    [Fact]
    public void Next_ViewNearsTheRenderedEdge_RendersAheadBeforeItIsReached()
    {
        // Rows 85–124 rendered; scrolled to rows 112–121: every row in view is rendered, but fewer than half the
        // overscan (7) remain below, so the next window is rendered now.
        var rendered = new WorkGanttWindow(85, 125);

        WorkGanttWindow.Next(rendered, 112 * 32, 320, 32, 1000, 15).Should().Be(new WorkGanttWindow(97, 137));
        WorkGanttWindow.Next(rendered, 108 * 32, 320, 32, 1000, 15).Should().Be(rendered);
    }
}
