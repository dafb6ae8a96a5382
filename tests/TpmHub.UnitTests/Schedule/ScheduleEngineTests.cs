using System.Globalization;
using TpmHub.Core.Common;
using TpmHub.Core.Schedule;

namespace TpmHub.UnitTests.Schedule;

/// <summary>Hand-computed schedules. The project starts on Monday 2026-01-05 (offset 0); offset 5 is Monday 2026-01-12.</summary>
public sealed class ScheduleEngineTests
{
    private static readonly DateOnly Monday = new(2026, 1, 5);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static WorkingCalendar Calendar(params string[] holidays) => new(Monday, holidays.Select(D));

    private static ScheduleTaskInput T(string key, int days, string? snet = null) => new(key, days, snet is null ? null : D(snet));

    private static ScheduleLinkInput L(string from, string to, LinkType type = LinkType.FS, int lag = 0) => new(from, to, type, lag);

    private static ScheduleResult Compute(ScheduleTaskInput[] tasks, ScheduleLinkInput[] links, WorkingCalendar? calendar = null)
    {
        var result = ScheduleEngine.Compute(calendar ?? Calendar(), tasks, links);
        result.Error.Should().BeNull();
        return result.Value!;
    }

    private static ScheduledTask Task(ScheduleResult result, string key) => result.Tasks.Single(t => t.Key == key);

    // X (5 days) drives A (3 days, offsets 5–7, EF 8); A drives B (2 days) through the link under test.
    [Theory]
    [InlineData(LinkType.FS, 0, 8, "2026-01-15", "2026-01-16")]
    [InlineData(LinkType.FS, 2, 10, "2026-01-19", "2026-01-20")]
    [InlineData(LinkType.FS, -2, 6, "2026-01-13", "2026-01-14")]
    [InlineData(LinkType.SS, 0, 5, "2026-01-12", "2026-01-13")]
    [InlineData(LinkType.SS, 2, 7, "2026-01-14", "2026-01-15")]
    [InlineData(LinkType.SS, -2, 3, "2026-01-08", "2026-01-09")]
    [InlineData(LinkType.FF, 0, 6, "2026-01-13", "2026-01-14")]
    [InlineData(LinkType.FF, 2, 8, "2026-01-15", "2026-01-16")]
    [InlineData(LinkType.FF, -2, 4, "2026-01-09", "2026-01-12")]
    [InlineData(LinkType.SF, 0, 3, "2026-01-08", "2026-01-09")]
    [InlineData(LinkType.SF, 2, 5, "2026-01-12", "2026-01-13")]
    [InlineData(LinkType.SF, -2, 1, "2026-01-06", "2026-01-07")]
    public void Compute_LinkTypeAndLag_PlacesSuccessorAtLeastStart(LinkType type, int lag, int expectedStart, string startDate, string finishDate)
    {
        var result = Compute([T("X", 5), T("A", 3), T("B", 2)], [L("X", "A"), L("A", "B", type, lag)]);

        var a = Task(result, "A");
        (a.EarlyStart, a.EarlyFinish).Should().Be((5, 8));
        var b = Task(result, "B");
        b.EarlyStart.Should().Be(expectedStart);
        b.EarlyFinish.Should().Be(expectedStart + 2);
        b.EarlyStartDate.Should().Be(D(startDate));
        b.EarlyFinishDate.Should().Be(D(finishDate));
        result.ProjectFinish.Should().Be(Math.Max(8, expectedStart + 2));
    }

    // Late dates of the same network: B always ends at the project finish or floats to it; A's late finish follows the link.
    [Theory]
    [InlineData(LinkType.FS, 0, 10, 0, 0)]
    [InlineData(LinkType.FS, -2, 8, 0, 0)]
    [InlineData(LinkType.SS, 0, 8, 0, 1)]
    [InlineData(LinkType.SS, 2, 9, 0, 0)]
    [InlineData(LinkType.FF, -2, 8, 0, 2)]
    [InlineData(LinkType.FF, 2, 10, 0, 0)]
    [InlineData(LinkType.SF, 0, 8, 0, 3)]
    [InlineData(LinkType.SF, 2, 8, 0, 1)]
    public void Compute_LinkTypeAndLag_BackwardPassGivesFloats(LinkType type, int lag, int expectedFinish, int aFloat, int bFloat)
    {
        var result = Compute([T("X", 5), T("A", 3), T("B", 2)], [L("X", "A"), L("A", "B", type, lag)]);

        result.ProjectFinish.Should().Be(expectedFinish);
        Task(result, "A").TotalFloat.Should().Be(aFloat);
        Task(result, "B").TotalFloat.Should().Be(bFloat);
        Task(result, "B").LateFinish.Should().Be(expectedFinish);
    }

    [Fact]
    public void Compute_SsLinkWithLongPredecessor_LateStartOfPredecessorBoundBySuccessor()
    {
        // A (10) SS+2 B (1): B at 2, PF 10. B: LF 10, LS 9. A: LS ≤ B.LS − 2 = 7 but also LF ≤ 10 → LS 0: critical.
        var result = Compute([T("A", 10), T("B", 1)], [L("A", "B", LinkType.SS, 2)]);

        Task(result, "A").Should().Match<ScheduledTask>(t => t.LateStart == 0 && t.LateFinish == 10 && t.Critical);
        Task(result, "B").Should().Match<ScheduledTask>(t => t.EarlyStart == 2 && t.LateStart == 9 && t.TotalFloat == 7 && t.FreeFloat == 7);
    }

    [Fact]
    public void Compute_NegativeLagReachingBeforeStart_StartsAtOffsetZero()
    {
        var result = Compute([T("A", 3), T("B", 2)], [L("A", "B", LinkType.SS, -2), L("A", "B", LinkType.FF, -4)]);

        Task(result, "B").EarlyStart.Should().Be(0);
        Task(result, "B").EarlyStartDate.Should().Be(Monday);
    }

    [Fact]
    public void Compute_MilestoneAfterWork_ShowsOnFinishDayOfItsDriver()
    {
        // X works offsets 0–4 (Mon–Fri); M at offset 5 is shown on Friday 2026-01-09, not Monday.
        var result = Compute([T("X", 5), T("M", 0)], [L("X", "M")]);

        var m = Task(result, "M");
        (m.EarlyStart, m.EarlyFinish, m.LateStart, m.LateFinish).Should().Be((5, 5, 5, 5));
        m.EarlyStartDate.Should().Be(D("2026-01-09"));
        m.EarlyFinishDate.Should().Be(D("2026-01-09"));
        m.LateStartDate.Should().Be(D("2026-01-09"));
        m.LateFinishDate.Should().Be(D("2026-01-09"));
        m.Critical.Should().BeTrue();
        result.ProjectFinishDate.Should().Be(D("2026-01-09"));
    }

    [Fact]
    public void Compute_MilestoneAtProjectStart_ShowsOnStartDate()
    {
        var result = Compute([T("Kickoff", 0), T("X", 5)], [L("Kickoff", "X")]);

        var kickoff = Task(result, "Kickoff");
        (kickoff.EarlyStart, kickoff.LateStart).Should().Be((0, 0));
        kickoff.EarlyStartDate.Should().Be(Monday);
        kickoff.EarlyFinishDate.Should().Be(Monday);
        kickoff.LateFinishDate.Should().Be(Monday);
        result.CriticalPath.Should().Equal("Kickoff", "X");
    }

    [Fact]
    public void Compute_MilestoneWithFloat_LateDateUsesSameRule()
    {
        // M follows X (5) but the project runs to 8 (Y): M's late offset is 8, shown on offset 7 = Wednesday 2026-01-14.
        var result = Compute([T("X", 5), T("Y", 8), T("M", 0)], [L("X", "M")]);

        var m = Task(result, "M");
        (m.LateStart, m.LateFinish, m.TotalFloat, m.FreeFloat).Should().Be((8, 8, 3, 3));
        m.LateStartDate.Should().Be(D("2026-01-14"));
        m.LateFinishDate.Should().Be(D("2026-01-14"));
        m.EarlyStartDate.Should().Be(D("2026-01-09"));
    }

    [Fact]
    public void Compute_OnlyMilestonesAtStart_FinishIsStartDate()
    {
        var result = Compute([T("M1", 0), T("M2", 0)], [L("M1", "M2")]);

        result.ProjectFinish.Should().Be(0);
        result.ProjectFinishDate.Should().Be(Monday);
        result.CriticalPath.Should().Equal("M1", "M2");
    }

    [Fact]
    public void Compute_NoTasks_FinishesOnStartWithEmptyPath()
    {
        var result = Compute([], [], new WorkingCalendar(D("2026-01-03"), []));

        result.ProjectStartDate.Should().Be(Monday);
        result.ProjectFinish.Should().Be(0);
        result.ProjectFinishDate.Should().Be(Monday);
        result.Tasks.Should().BeEmpty();
        result.CriticalPath.Should().BeEmpty();
    }

    [Fact]
    public void Compute_Holidays_ShiftShownDates()
    {
        // Holidays Wed 7th and Mon 12th: X works 5, 6, 8, 9, 13 January; Y starts Wednesday 14th.
        var result = Compute([T("X", 5), T("Y", 1)], [L("X", "Y")], Calendar("2026-01-07", "2026-01-12"));

        var x = Task(result, "X");
        x.EarlyStartDate.Should().Be(D("2026-01-05"));
        x.EarlyFinishDate.Should().Be(D("2026-01-13"));
        Task(result, "Y").EarlyStartDate.Should().Be(D("2026-01-14"));
        result.ProjectFinishDate.Should().Be(D("2026-01-14"));
    }

    [Fact]
    public void Compute_StartNoEarlierThanOnWeekend_StartsNextWorkingDay()
    {
        var result = Compute([T("A", 2, "2026-01-10")], []);

        Task(result, "A").EarlyStart.Should().Be(5);
        Task(result, "A").EarlyStartDate.Should().Be(D("2026-01-12"));
        Task(result, "A").Critical.Should().BeTrue();
    }

    [Fact]
    public void Compute_StartNoEarlierThanOnHoliday_StartsAfterHoliday() =>
        Task(Compute([T("A", 2, "2026-01-07")], [], Calendar("2026-01-07")), "A").EarlyStartDate.Should().Be(D("2026-01-08"));

    [Fact]
    public void Compute_StartNoEarlierThanBeforeProjectStart_StartsAtZero() =>
        Task(Compute([T("A", 2, "2025-06-01")], []), "A").EarlyStart.Should().Be(0);

    [Theory]
    [InlineData("2026-01-14", 7)] // the constraint is later than X's finish: it wins
    [InlineData("2026-01-07", 5)] // X finishes later than the constraint: X wins
    public void Compute_StartNoEarlierThanAndPredecessor_LaterBoundWins(string snet, int expectedStart) =>
        Task(Compute([T("X", 5), T("A", 1, snet)], [L("X", "A")]), "A").EarlyStart.Should().Be(expectedStart);

    [Fact]
    public void Compute_DisconnectedNetworks_ScheduledIndependently()
    {
        var result = Compute([T("A", 3), T("B", 2), T("C", 1), T("D", 1)], [L("A", "B"), L("C", "D")]);

        result.ProjectFinish.Should().Be(5);
        Task(result, "C").Should().Match<ScheduledTask>(t => t.EarlyStart == 0 && t.TotalFloat == 3 && t.FreeFloat == 0);
        Task(result, "D").Should().Match<ScheduledTask>(t => t.EarlyStart == 1 && t.TotalFloat == 3 && t.FreeFloat == 3);
        result.CriticalPath.Should().Equal("A", "B");
    }

    [Fact]
    public void Compute_FeederChain_FreeFloatLessThanTotalFloat()
    {
        // A (3) → C (2); B (1) → D (1) → C. B has total float 1 but no free float: slipping it moves D.
        var result = Compute([T("A", 3), T("B", 1), T("C", 2), T("D", 1)], [L("A", "C"), L("B", "D"), L("D", "C")]);

        Task(result, "B").Should().Match<ScheduledTask>(t => t.TotalFloat == 1 && t.FreeFloat == 0 && !t.Critical);
        Task(result, "D").Should().Match<ScheduledTask>(t => t.EarlyStart == 1 && t.LateStart == 2 && t.TotalFloat == 1 && t.FreeFloat == 1);
        Task(result, "C").Should().Match<ScheduledTask>(t => t.EarlyStart == 3 && t.Critical && t.FreeFloat == 0);
    }

    [Fact]
    public void Compute_SsSuccessorWithSlack_FreeFloatIsTheLinkSlackAsDesignSays()
    {
        // A (10) SS B (1) with B held to offset 5: DESIGN.md's free float is the least slack to a successor (5),
        // even though A is critical (it drives the finish at 10).
        var result = Compute([T("A", 10), T("B", 1, "2026-01-12")], [L("A", "B", LinkType.SS)]);

        Task(result, "A").Should().Match<ScheduledTask>(t => t.TotalFloat == 0 && t.FreeFloat == 5 && t.Critical);
        Task(result, "B").Should().Match<ScheduledTask>(t => t.EarlyStart == 5 && t.TotalFloat == 4 && t.FreeFloat == 4);
    }

    [Fact]
    public void Compute_CriticalPath_OrderedByEarlyStartThenInputOrder()
    {
        var result = Compute([T("C", 2), T("B", 3), T("A", 3), T("Side", 1)], [L("A", "C"), L("B", "C")]);

        result.CriticalPath.Should().Equal("B", "A", "C");
        result.Tasks.Select(t => t.Key).Should().Equal("C", "B", "A", "Side");
    }

    [Fact]
    public void Compute_InputNotInTopologicalOrder_StillSchedulesForward()
    {
        var result = Compute([T("C", 1), T("B", 1), T("A", 1)], [L("B", "C"), L("A", "B")]);

        result.Tasks.Select(t => t.EarlyStart).Should().Equal(2, 1, 0);
    }

    [Fact]
    public void Compute_LongChain_DoesNotRecurse()
    {
        // Every other link ends in a milestone, so 20,000 tasks finish after 10,000 working days, inside the window (to 2100).
        const int count = 20_000;
        var tasks = Enumerable.Range(0, count).Select(i => T($"T{i}", i % 2 == 0 ? 1 : 0)).ToArray();
        var links = Enumerable.Range(1, count - 1).Select(i => L($"T{i - 1}", $"T{i}")).ToArray();

        var result = Compute(tasks, links);

        result.ProjectFinish.Should().Be(count / 2);
        result.CriticalPath.Should().HaveCount(count);
    }

    [Fact]
    public void Compute_ThreeTaskCycle_FailsNamingTheCycle()
    {
        var result = ScheduleEngine.Compute(Calendar(), [T("A", 1), T("B", 1), T("C", 1), T("D", 1)],
            [L("D", "A"), L("A", "B"), L("B", "C", LinkType.SS), L("C", "A", LinkType.FF)]);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Kind.Should().Be(ErrorKind.Validation);
        result.Error.Message.Should().Be("Dependency cycle: A → B → C → A");
        result.Error.Fields.Should().ContainKey("dependencies").WhoseValue.Should().Equal("Dependency cycle: A → B → C → A");
    }

    [Fact]
    public void Compute_CycleDownstreamOfOtherTasks_NamesOnlyTheCycle()
    {
        var result = ScheduleEngine.Compute(Calendar(), [T("A", 1), T("B", 1), T("C", 1), T("E", 1)],
            [L("A", "B"), L("C", "B"), L("B", "C"), L("C", "E")]);

        result.Error!.Message.Should().Be("Dependency cycle: B → C → B");
    }

    [Fact]
    public void Compute_SelfLink_FailsAsCycle() =>
        ScheduleEngine.Compute(Calendar(), [T("A", 1)], [L("A", "A")]).Error!.Message.Should().Be("Dependency cycle: A → A");

    [Fact]
    public void Compute_UnknownKeyInLink_FailsOnDependencies()
    {
        var result = ScheduleEngine.Compute(Calendar(), [T("A", 1)], [L("A", "Z")]);

        result.Error!.Kind.Should().Be(ErrorKind.Validation);
        result.Error.Fields!["dependencies"].Should().ContainSingle().Which.Should().Contain("Z");
    }

    [Fact]
    public void Compute_DuplicateTaskKey_FailsOnTasks()
    {
        var result = ScheduleEngine.Compute(Calendar(), [T("A", 1), T("A", 2)], []);

        result.Error!.Kind.Should().Be(ErrorKind.Validation);
        result.Error.Fields!["tasks"].Should().ContainSingle().Which.Should().Contain("A");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(ScheduleEngine.MaxDurationDays + 1)]
    public void Compute_DurationOutOfRange_FailsOnTasks(int days) =>
        ScheduleEngine.Compute(Calendar(), [T("A", days)], []).Error!.Fields.Should().ContainKey("tasks");

    [Fact]
    public void Compute_LagOutOfRange_FailsOnDependencies() =>
        ScheduleEngine.Compute(Calendar(), [T("A", 1), T("B", 1)], [L("A", "B", LinkType.FS, -ScheduleEngine.MaxLagDays - 1)])
            .Error!.Fields.Should().ContainKey("dependencies");

    [Fact]
    public void Compute_UnknownLinkType_FailsOnDependencies() =>
        ScheduleEngine.Compute(Calendar(), [T("A", 1), T("B", 1)], [L("A", "B", (LinkType)9)]).Error!.Fields.Should().ContainKey("dependencies");

    [Fact]
    public void Compute_ScheduleBeyondLastDate_FailsInsteadOfThrowing() =>
        ScheduleEngine.Compute(Calendar(), [T("A", 30, "9999-12-01")], []).Error!.Fields.Should().ContainKey(ScheduleEngine.WindowField);

    [Fact]
    public void FindCycleIfAdded_SelfLink_ReturnsKeyTwice() =>
        ScheduleEngine.FindCycleIfAdded([], "A", "A").Should().Equal("A", "A");

    [Fact]
    public void FindCycleIfAdded_ReverseOfExistingLink_ReturnsTwoCycle() =>
        ScheduleEngine.FindCycleIfAdded([L("A", "B")], "B", "A").Should().Equal("B", "A", "B");

    [Fact]
    public void FindCycleIfAdded_ClosingLongChain_ReturnsWholeCycle() =>
        ScheduleEngine.FindCycleIfAdded([L("A", "B"), L("B", "C", LinkType.SS), L("X", "C"), L("C", "D", LinkType.FF)], "D", "A")
            .Should().Equal("D", "A", "B", "C", "D");

    [Fact]
    public void FindCycleIfAdded_ShorterOfTwoPaths_ReturnsShortestCycle() =>
        ScheduleEngine.FindCycleIfAdded([L("A", "B"), L("B", "C"), L("C", "D"), L("A", "D")], "D", "A")
            .Should().Equal("D", "A", "D");

    [Theory]
    [InlineData("A", "C")]
    [InlineData("A", "B")]
    [InlineData("C", "D")]
    [InlineData("New", "A")]
    public void FindCycleIfAdded_NoPathBack_ReturnsNull(string from, string to) =>
        ScheduleEngine.FindCycleIfAdded([L("A", "B"), L("B", "C")], from, to).Should().BeNull();

    [Fact]
    public void DescribeCycle_Keys_JoinedWithArrows() =>
        ScheduleEngine.DescribeCycle(["A", "B", "A"]).Should().Be("Dependency cycle: A → B → A");
}
