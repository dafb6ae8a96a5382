using Bunit;
using TpmHub.Web.Features.Work;
using static TpmHub.UnitTests.Work.WorkGanttRows;

namespace TpmHub.UnitTests.Work;

public sealed class WorkGanttChartTests
{
    [Fact]
    public async Task Render_FiveThousandRows_RendersOnlyTheRowsInViewAndTheirArrows()
    {
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var rows = Enumerable.Range(0, 5000).Select(i => Task(i, i, i + 2)).ToArray();
        var links = Enumerable.Range(0, 4999).Select(i => Link(rows, i, i + 1)).ToArray();

        var cut = ctx.Render<WorkGanttChart>(p => p.Add(c => c.Layout, Layout(rows, links)));

        // Before the browser reports its size, 1000 px of rows are assumed: 32 rows plus the overscan below.
        var expected = 32 + WorkGanttChart.Overscan;
        cut.FindAll("[data-testid^=gantt-bar-]").Should().HaveCount(expected);
        cut.FindAll("[data-testid^=gantt-arrow-]").Should().HaveCount(expected);
        cut.FindAll("[data-testid=gantt-bar-T-1]").Should().ContainSingle();
        cut.FindAll("[data-testid=gantt-bar-T-5000]").Should().BeEmpty();
        cut.Find(".gantt-body").GetAttribute("style").Should().Contain("height:160000px");
        ctx.JSInterop.VerifyInvoke("tpmhubGantt.attach");

        await cut.InvokeAsync(() => cut.Instance.OnViewportChangedAsync(4990 * 32, 600 + WorkGanttLayout.HeaderHeight));

        cut.Instance.Window.Should().Be(new WorkGanttWindow(4990 - WorkGanttChart.Overscan, 5000));
        cut.FindAll("[data-testid=gantt-bar-T-5000]").Should().ContainSingle();
        cut.FindAll("[data-testid=gantt-bar-T-1]").Should().BeEmpty();
        cut.FindAll("[data-testid=gantt-arrow-T-4975-T-4976]").Should().ContainSingle("the arrow into the first rendered row is drawn");
        cut.FindAll("[data-testid^=gantt-arrow-]").Should().HaveCount(WorkGanttChart.Overscan + 10);
    }

    [Fact]
    public async Task Render_CriticalBaselineAndMilestone_MarkedForTheEyeAndForTests()
    {
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        var rows = new[] { Task(0, 0, 5, critical: true, baselineStart: 0, baselineFinish: 4), Task(1, 5, 10, critical: true), Task(2, 0, 3), Milestone(3, 10, critical: true) };
        var links = new[] { Link(rows, 0, 1), Link(rows, 0, 2), Link(rows, 1, 3) };

        var cut = ctx.Render<WorkGanttChart>(p => p.Add(c => c.Layout, Layout(rows, links)));

        cut.Find("[data-testid=gantt-bar-T-1]").ClassList.Should().Contain("critical");
        cut.Find("[data-testid=gantt-bar-T-3]").ClassList.Should().NotContain("critical");
        cut.Find("[data-testid=gantt-bar-T-4]").ClassList.Should().Contain(["gantt-milestone", "critical"]);
        cut.Find("[data-testid=gantt-bar-T-2]").GetAttribute("href").Should().Be("/work-items/T-2");
        cut.Find("[data-testid=gantt-arrow-T-1-T-2]").ClassList.Should().Contain("critical");
        cut.Find("[data-testid=gantt-arrow-T-1-T-3]").ClassList.Should().NotContain("critical");
        cut.Find("[data-testid=gantt-baseline-T-1]").GetAttribute("style").Should().Be("left:100px;width:80px");
        cut.FindAll("[data-testid^=gantt-baseline-]").Should().ContainSingle();
        cut.Find("[data-testid=gantt-today]").GetAttribute("style").Should().Be("left:150px");
    }
}
