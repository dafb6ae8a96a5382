using Bunit;
using TpmHub.Core.Schedule;
using TpmHub.UnitTests.Testing;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Gantt;
using static TpmHub.UnitTests.Work.WorkGanttRows;

namespace TpmHub.UnitTests.Work;

public sealed class WorkGanttChartTests
{
    [Fact]
    public async Task Render_FiveThousandRows_RendersOnlyTheRowsInViewAndTheirArrows()
    {
        await using var ctx = MudTestContext.Create();
        var rows = Enumerable.Range(0, 5000).Select(i => Task(i, i, i + 2)).ToArray();
        var links = Enumerable.Range(0, 4999).Select(i => Link(rows, i, i + 1)).ToArray();

        // Today is the project's first day: the chart opens at the top.
        var cut = ctx.Render<WorkGanttChart>(p => p.Add(c => c.Layout, Layout(rows, links, today: ProjectStart)));

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
    public async Task Render_TodayInTheMiddleOfThePlan_OpensAtTheFirstRowNotFinished()
    {
        await using var ctx = MudTestContext.Create();
        var rows = Enumerable.Range(0, 5000).Select(i => Task(i, i, i + 2)).ToArray();
        // Offset 2000 is 400 weeks after Monday 1 June 2026: rows up to 1998 finish by then, row 1999 runs to offset 2001.
        var today = Calendar().DateOf(2000);

        var cut = ctx.Render<WorkGanttChart>(p => p.Add(c => c.Layout, Layout(rows, today: today)));

        cut.Instance.Window.Should().Be(new WorkGanttWindow(1999 - WorkGanttChart.Overscan, 1999 + 32 + WorkGanttChart.Overscan));
        var scroll = cut.Find("[data-testid=gantt-scroll]");
        scroll.GetAttribute("data-scroll-y").Should().Be((1999 * 32).ToString(System.Globalization.CultureInfo.InvariantCulture));
        cut.FindAll("[data-testid=gantt-bar-T-2000]").Should().ContainSingle();
        cut.FindAll("[data-testid=gantt-bar-T-1]").Should().BeEmpty();
    }

    [Fact]
    public async Task Render_OpeningPlan_IsTheSameMarkupAsTheWholePlansFirstRender()
    {
        // 300 items a day apart, each after the one before (FS) and 40 before (SS): links reach far above and below.
        var calendar = Calendar();
        var items = Enumerable.Range(0, 300).Select(i => new WorkGanttItem(i, Guid.NewGuid(), $"T-{i + 1}", $"Task {i + 1}", TpmHub.Core.Work.WorkItemType.Task,
            3, i % 100, i, i + 3, i % 7 == 0, calendar.DateOf(i), calendar.DateOf(i + 2))).ToArray();
        var links = Enumerable.Range(1, 299).Select(i => new DependencyRow(Guid.NewGuid(), $"T-{i}", $"T-{i + 1}", LinkType.FS, 0))
            .Concat(Enumerable.Range(40, 260).Select(i => new DependencyRow(Guid.NewGuid(), $"T-{i - 39}", $"T-{i + 1}", LinkType.SS, 2))).ToArray();
        var today = calendar.DateOf(150);
        var whole = new WorkGanttPlan("T", "Plan", calendar, [], items, links, 300, 0, 300, null, null, null);
        // What GanttService reads for the opening: the rows around the anchor (148, the first finishing after 150), the
        // items their links reach, those links, and the whole plan's count and extent.
        var opening = WorkGanttChart.Opening(today);
        var (first, end) = (148 - opening.RowsBefore, 148 + opening.RowsAfter);
        var block = items.Where(i => i.Row >= first && i.Row < end).Select(i => i.Key).ToHashSet();
        var touching = links.Where(l => block.Contains(l.Predecessor) || block.Contains(l.Successor)).ToArray();
        var reached = touching.SelectMany(l => new[] { l.Predecessor, l.Successor }).ToHashSet();
        var part = new WorkGanttPlan("T", "Plan", calendar, [], items.Where(i => block.Contains(i.Key) || reached.Contains(i.Key)).ToArray(), touching,
            300, first, end, 148, 0, 302);

        var wholeMarkup = await MarkupAsync(WorkGanttLayout.Build(whole, null, today, WorkGanttZoom.Week));
        var openingMarkup = await MarkupAsync(WorkGanttLayout.Build(part, null, today, WorkGanttZoom.Week));

        openingMarkup.Should().Contain("data-testid=\"gantt-bar-T-149\"").And.Contain("gantt-arrow-T-109-T-149").And.Contain("gantt-arrow-T-149-T-189");
        // The one intended difference: the chart says whether it is complete yet.
        openingMarkup.Should().Contain("data-whole=\"false\"");
        wholeMarkup.Should().Contain("data-whole=\"true\"");
        openingMarkup.Replace("data-whole=\"false\"", "data-whole=\"true\"", StringComparison.Ordinal).Should().Be(wholeMarkup);
    }

    [Fact]
    public async Task Render_CriticalBaselineAndMilestone_MarkedForTheEyeAndForTests()
    {
        await using var ctx = MudTestContext.Create();
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

    /// <summary>The chart's markup, with its random marker ids (and bUnit's element references) made equal.</summary>
    private static async Task<string> MarkupAsync(WorkGanttLayout layout)
    {
        await using var ctx = MudTestContext.Create();
        var cut = ctx.Render<WorkGanttChart>(p => p.Add(c => c.Layout, layout));
        var markup = System.Text.RegularExpressions.Regex.Replace(cut.Markup, "gantt-[0-9a-f]{8}", "gantt-id");
        return System.Text.RegularExpressions.Regex.Replace(markup, "elementReference=\"[^\"]*\"", "elementReference=\"\"");
    }
}
