using TpmHub.Core.Schedule;
using TpmHub.Core.Work;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Gantt;
using static TpmHub.UnitTests.Work.WorkGanttRows;

namespace TpmHub.UnitTests.Work;

// The calendar starts Monday 2026-06-01 (offset 0). The axis starts with the week (or month) holding the working day
// before the first bar: Monday 25 May (offset −5) at week zoom, 1 May (offset −21) at month zoom.
public sealed class WorkGanttLayoutTests
{
    [Fact]
    public void Range_PlanFromOffsetZero_StartsWithThePreviousWeekOrMonth()
    {
        Layout([Task(0, 0, 10)]).RangeStart.Should().Be(-5);
        Layout([Task(0, 0, 10)], zoom: WorkGanttZoom.Month).RangeStart.Should().Be(-21);
    }

    [Theory]
    [InlineData(WorkGanttZoom.Week, 200, 100)]
    [InlineData(WorkGanttZoom.Month, 104, 20)]
    public void Bar_Task_XIsOffsetTimesDayWidth(WorkGanttZoom zoom, double x, double width)
    {
        var row = Task(1, 5, 10);
        var layout = Layout([Task(0, 0, 1), row], zoom: zoom);

        layout.Bar(row).Should().Be((x, width));
    }

    [Fact]
    public void Bar_TaskOverAWeekend_WeekendIsCollapsed()
    {
        // Thursday 4 June to Tuesday 9 June: four working days, no gap for the weekend.
        var row = Task(0, 3, 7);

        Layout([row]).Bar(row)!.Value.Width.Should().Be(80);
    }

    [Fact]
    public void Bar_Milestone_IsAPointAtItsOffset()
    {
        var row = Milestone(1, 5);

        Layout([Task(0, 0, 1), row]).Bar(row).Should().Be((200d, 0d));
    }

    [Fact]
    public void Bar_Unscheduled_IsNull()
    {
        var row = Task(0, null, null);

        Layout([row]).Bar(row).Should().BeNull();
    }

    [Fact]
    public void BaselineBar_TaskWithBaseline_UsesTheBaselineOffsets()
    {
        var row = Task(0, 5, 10, baselineStart: 3, baselineFinish: 6);

        var layout = Layout([row]);

        layout.BaselineBar(row).Should().Be((60d, 60d));
        layout.HasBaseline.Should().BeTrue();
    }

    [Fact]
    public void Ticks_WeekZoom_LabelWeekStartsOnTheCollapsedAxis()
    {
        var layout = Layout([Task(0, 0, 10)]);

        layout.RangeEnd.Should().Be(35);
        layout.Ticks.Select(t => t.Label).Should().Equal("25 May", "1 Jun", "8 Jun", "15 Jun", "22 Jun", "29 Jun", "6 Jul", "13 Jul");
        layout.Ticks.Select(t => t.X).Should().Equal(0, 100, 200, 300, 400, 500, 600, 700);
        layout.Ticks.Should().OnlyContain(t => t.Width == 100);
        layout.Bands.Should().Equal(new WorkGanttTick(0, 100, "May 2026"), new WorkGanttTick(100, 440, "June 2026"), new WorkGanttTick(540, 260, "July 2026"));
    }

    [Fact]
    public void Ticks_WeekWithAHoliday_IsOneDayNarrower()
    {
        var layout = Layout([Task(0, 0, 10)], calendar: Calendar(new DateOnly(2026, 6, 3)));

        layout.Ticks[1].Should().Be(new WorkGanttTick(100, 80, "1 Jun"));
        layout.Ticks[2].Should().Be(new WorkGanttTick(180, 100, "8 Jun"));
    }

    [Fact]
    public void Ticks_MonthZoom_LabelMonthsAndYears()
    {
        var layout = Layout([Task(0, 0, 10)], zoom: WorkGanttZoom.Month);

        // May 2026 has 21 working days, June 22, July 23.
        layout.Ticks.Take(4).Should().Equal(
            new WorkGanttTick(0, 84, "May"), new WorkGanttTick(84, 88, "Jun"), new WorkGanttTick(172, 92, "Jul"), new WorkGanttTick(264, 84, "Aug"));
        layout.RangeEnd.Should().Be(110); // 130 days at least, to the end of that month (October)
        layout.Bands.Should().Equal(new WorkGanttTick(0, 524, "2026"));
    }

    [Theory]
    [InlineData(2026, 6, 3, 150d)] // Wednesday, offset 2: the middle of its column
    [InlineData(2026, 6, 6, 200d)] // Saturday: where Monday (offset 5) begins
    public void TodayX_TodayInThePlan_IsOnTheCollapsedAxis(int year, int month, int day, double x)
    {
        Layout([Task(0, 0, 10)], today: new DateOnly(year, month, day)).TodayX.Should().Be(x);
    }

    [Fact]
    public void TodayX_TodayShortlyBeforeThePlan_StretchesTheAxisBack()
    {
        var layout = Layout([Task(0, 100, 105)], today: new DateOnly(2026, 6, 3));

        layout.RangeStart.Should().Be(0);
        layout.TodayX.Should().Be(50);
    }

    [Fact]
    public void TodayX_TodayShortlyAfterThePlan_StretchesTheAxisOn()
    {
        // 1 September 2026 is offset 66.
        var layout = Layout([Task(0, 0, 10)], today: new DateOnly(2026, 9, 1));

        layout.RangeEnd.Should().Be(80); // two weeks on, to the end of that week (Friday 18 September)
        layout.TodayX.Should().Be(1430);
        layout.ScrollAnchorX.Should().Be(1310);
    }

    [Fact]
    public void TodayX_TodayYearsAway_HasNoLineAndLeavesTheAxis()
    {
        var layout = Layout([Task(0, 0, 10)], today: new DateOnly(2030, 1, 1));

        layout.TodayX.Should().BeNull();
        layout.RangeEnd.Should().Be(35);
        layout.ScrollAnchorX.Should().Be(0);
    }

    [Theory]
    [InlineData(LinkType.FS, 0, 0, 5, 8, 10, "M200,16 H208 V48 H260")] // room between: one vertical run
    [InlineData(LinkType.FS, 0, 0, 5, 5, 10, "M200,16 H208 V32 H192 V48 H200")] // edge to edge: around along the row boundary
    [InlineData(LinkType.SS, 0, 0, 5, 2, 6, "M100,16 H92 V48 H140")]
    [InlineData(LinkType.FF, 0, 0, 5, 2, 6, "M200,16 H228 V48 H220")] // enters the successor's finish from the right
    [InlineData(LinkType.SF, 0, 4, 6, 0, 2, "M180,16 H172 V48 H140")]
    [InlineData(LinkType.SF, 0, 4, 6, 0, 4, "M180,16 H172 V32 H188 V48 H180")]
    public void Arrow_LinkType_LeavesAndEntersTheRightEnds(LinkType type, int lag, int ps, int pf, int ss, int sf, string path)
    {
        var rows = new[] { Task(0, ps, pf), Task(1, ss, sf) };
        var link = new WorkGanttLink("T-1", "T-2", type, lag, 0, 1, false);

        var arrow = Layout(rows, [link]).Arrow(link);

        arrow!.Path.Should().Be(path);
        (arrow.Y1, arrow.Y2).Should().Be((16d, 48d));
    }

    [Theory]
    [InlineData(8, 10, "M200,48 H208 V16 H260")]
    [InlineData(5, 10, "M200,48 H208 V32 H192 V16 H200")]
    public void Arrow_SuccessorAbovePredecessor_TurnsAlongTheBoundaryBelowIt(int ss, int sf, string path)
    {
        var rows = new[] { Task(0, ss, sf), Task(1, 0, 5) };
        var link = new WorkGanttLink("T-2", "T-1", LinkType.FS, 0, 1, 0, false);

        Layout(rows, [link]).Arrow(link)!.Path.Should().Be(path);
    }

    [Fact]
    public void Arrow_FromAMilestone_LeavesFromTheDiamondsPoint()
    {
        var rows = new[] { Milestone(0, 5), Task(1, 8, 10) };
        var link = Link(rows, 0, 1);

        var arrow = Layout(rows, [link]).Arrow(link)!;

        arrow.X1.Should().Be(100 + WorkGanttLayout.MilestoneHalf);
        arrow.Path.Should().Be("M108,16 H116 V48 H160");
    }

    [Fact]
    public void Arrow_UnscheduledEnd_IsNull()
    {
        var rows = new[] { Task(0, 0, 5), Task(1, null, null) };
        var link = Link(rows, 0, 1);

        Layout(rows, [link]).Arrow(link).Should().BeNull();
    }

    [Fact]
    public void LinksTouching_Window_LinksWithAnEndInsideAndCriticalOnesCrossingIt()
    {
        // Rows 0 and 99 are critical, 50 and 98 are not: 0 → 99 crosses the window and is critical, 50 → 98 crosses it too but is not.
        var rows = Enumerable.Range(0, 100).Select(i => Task(i, i, i + 1, critical: i is 0 or 99)).ToArray();
        var crossing = new[] { Link(rows, 0, 99), Link(rows, 5, 98) };
        var layout = Layout(rows, Enumerable.Range(10, 9).Select(i => Link(rows, i, i + 1)).Concat(crossing).ToArray());

        layout.LinksTouching(new WorkGanttWindow(20, 30)).Select(l => (l.PredecessorRow, l.SuccessorRow)).Should().Equal((0, 99));
        layout.LinksTouching(new WorkGanttWindow(12, 14)).Select(l => (l.PredecessorRow, l.SuccessorRow))
            .Should().BeEquivalentTo(new[] { (11, 12), (12, 13), (13, 14), (0, 99) });
    }

    [Fact]
    public void LinksTouching_Window_OnlyLinksWithAnEndInside()
    {
        var rows = Enumerable.Range(0, 100).Select(i => Task(i, i, i + 1)).ToArray();
        var links = Enumerable.Range(0, 99).Select(i => Link(rows, i, i + 1)).Append(Link(rows, 0, 99)).ToArray();
        var layout = Layout(rows, links);

        layout.LinksTouching(new WorkGanttWindow(10, 20)).Select(l => (l.PredecessorRow, l.SuccessorRow))
            .Should().Equal(Enumerable.Range(9, 11).Select(i => (i, i + 1)));
        layout.LinksTouching(new WorkGanttWindow(95, 100)).Select(l => (l.PredecessorRow, l.SuccessorRow))
            .Should().BeEquivalentTo(new[] { (94, 95), (95, 96), (96, 97), (97, 98), (98, 99), (0, 99) });
    }

    [Fact]
    public void WithZoom_Month_SameRowsOnTheMonthScale()
    {
        var rows = new[] { Task(0, 0, 5), Task(1, 5, 10) };
        var layout = Layout(rows, [Link(rows, 0, 1)]);

        var month = layout.WithZoom(WorkGanttZoom.Month);

        month.Rows.Should().BeSameAs(layout.Rows);
        month.DayWidth.Should().Be(4);
        month.LinksTouching(new WorkGanttWindow(0, 2)).Should().HaveCount(1);
    }

    [Fact]
    public void Build_ServiceRows_CriticalLinksOnlyBetweenCriticalItems()
    {
        var items = new[] { Item(0, "P-1", 0, 5, critical: true), Item(1, "P-2", 5, 10, critical: true), Item(2, "P-3", 0, 3) };
        var links = new[]
        {
            new DependencyRow(Guid.NewGuid(), "P-1", "P-2", LinkType.FS, 0),
            new DependencyRow(Guid.NewGuid(), "P-1", "P-3", LinkType.SS, 1),
            new DependencyRow(Guid.NewGuid(), "P-9", "P-3", LinkType.FS, 0),
        };

        var layout = WorkGanttLayout.Build(Plan(items, links), null, new DateOnly(2026, 6, 3), WorkGanttZoom.Week);

        layout.Rows.Select(r => (r.Index, r.Key, r.Critical)).Should().Equal((0, "P-1", true), (1, "P-2", true), (2, "P-3", false));
        layout.Links.Select(l => (l.Predecessor, l.Successor, l.Critical)).Should().Equal(("P-1", "P-2", true), ("P-1", "P-3", false));
        layout.HasBaseline.Should().BeFalse();
    }

    [Fact]
    public void Build_WithBaseline_BaselineOffsetsFromTheFrozenDates()
    {
        var items = new[] { Item(0, "P-1", 5, 10), Item(1, "P-2", 10, 12) };
        var baseline = Baseline(("P-1", new DateOnly(2026, 6, 4), new DateOnly(2026, 6, 10)), ("P-2", null, null));

        var layout = WorkGanttLayout.Build(Plan(items, []), baseline, new DateOnly(2026, 6, 3), WorkGanttZoom.Week);

        (layout.Rows[0].BaselineStart, layout.Rows[0].BaselineFinish).Should().Be((3, 8));
        layout.Rows[1].HasBaseline.Should().BeFalse();
    }

    [Fact]
    public void BaselineOffsets_MovedMilestone_IsTheDayAfterItsShownDate()
    {
        // Shown on Friday 5 June (offset 4): the milestone sits at offset 5.
        var milestone = Item(0, "P-1", 7, 7, type: WorkItemType.Milestone);

        WorkGanttLayout.BaselineOffsets(Calendar(), milestone, new DateOnly(2026, 6, 5), new DateOnly(2026, 6, 5)).Should().Be((5, 5));
    }

    [Fact]
    public void BaselineOffsets_UnmovedMilestoneAtTheStart_KeepsItsOffset()
    {
        var milestone = Item(0, "P-1", 0, 0, type: WorkItemType.Milestone);

        WorkGanttLayout.BaselineOffsets(Calendar(), milestone, ProjectStart, ProjectStart).Should().Be((0, 0));
    }

    private static WorkGanttItem Item(int row, string key, int start, int finish, bool critical = false, WorkItemType type = WorkItemType.Task)
    {
        var calendar = Calendar();
        var shownStart = type == WorkItemType.Milestone && start > 0 ? calendar.DateOf(start - 1) : calendar.DateOf(start);
        var shownFinish = type == WorkItemType.Milestone ? shownStart : calendar.DateOf(finish - 1);
        return new WorkGanttItem(row, Guid.NewGuid(), key, "Item " + key, type, finish - start, 0, start, finish, critical, shownStart, shownFinish);
    }

    private static WorkGanttPlan Plan(WorkGanttItem[] items, DependencyRow[] links) =>
        new("P", "Plan", Calendar(), [], items, links, items.Length, 0, items.Length, null, null, null);

    private static BaselineVariance Baseline(params (string Key, DateOnly? Start, DateOnly? Finish)[] items) =>
        new(new BaselineRow(Guid.NewGuid(), "Plan", null, items.Length, "lead", DateTimeOffset.UnixEpoch), null, null, null,
            items.Select(i => new BaselineItemVariance(i.Key, "Item " + i.Key, i.Start, i.Finish, null, null, null, null, null, null)).ToList());
}
