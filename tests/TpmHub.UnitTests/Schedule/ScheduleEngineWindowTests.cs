using System.Globalization;
using TpmHub.Core.Common;
using TpmHub.Core.Schedule;

namespace TpmHub.UnitTests.Schedule;

/// <summary>Every computed date lies in the window (InputLimits); a plan that would leave it is a typed error, never an exception.</summary>
public sealed class ScheduleEngineWindowTests
{
    private static readonly DateOnly Monday = new(2026, 1, 5);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static WorkingCalendar Calendar(DateOnly? start = null, params string[] holidays) => new(start ?? Monday, holidays.Select(D));

    private static ScheduleTaskInput T(string key, int days, string? snet = null) => new(key, days, snet is null ? null : D(snet));

    [Fact]
    public void Compute_FinishOnTheLastDay_IsAllowed()
    {
        // 2100-12-31 is a Friday: a task starting no earlier than Monday 2100-12-27 for 5 days ends on it.
        var result = ScheduleEngine.Compute(Calendar(), [T("A", 5, "2100-12-27")], []);

        result.IsSuccess.Should().BeTrue();
        result.Value!.Tasks[0].EarlyFinishDate.Should().Be(InputLimits.LatestDate);
        result.Value.ProjectFinishDate.Should().Be(InputLimits.LatestDate);
    }

    [Fact]
    public void Compute_OneDayPastTheWindow_FailsOnTheWindowField()
    {
        var result = ScheduleEngine.Compute(Calendar(), [T("A", 6, "2100-12-27")], []);

        result.Error!.Fields!.Should().ContainKey(ScheduleEngine.WindowField);
        result.Error.Message.Should().Contain("A").And.Contain("2100-12-31");
    }

    [Fact]
    public void Compute_LagPushingPastTheWindow_FailsOnTheWindowField() =>
        ScheduleEngine.Compute(Calendar(), [T("A", 10_000), T("B", 1)], [new ScheduleLinkInput("A", "B", LinkType.FS, 10_000)])
            .Error!.Fields!.Should().ContainKey(ScheduleEngine.WindowField);

    [Fact]
    public void Compute_HolidaysPushingPastTheWindow_FailOnTheWindowField()
    {
        var start = D("2100-12-20");
        ScheduleEngine.Compute(Calendar(start), [T("A", 10)], []).Value!.ProjectFinishDate.Should().Be(InputLimits.LatestDate);

        ScheduleEngine.Compute(Calendar(start, "2100-12-24"), [T("A", 10)], []).Error!.Fields!.Should().ContainKey(ScheduleEngine.WindowField);
    }

    [Fact]
    public void Compute_MilestoneAfterALastDayTask_ShowsOnTheLastDay()
    {
        var result = ScheduleEngine.Compute(Calendar(), [T("A", 5, "2100-12-27"), T("M", 0)], [new ScheduleLinkInput("A", "M", LinkType.FS, 0)]);

        result.Value!.Tasks[1].EarlyStartDate.Should().Be(InputLimits.LatestDate);
    }

    [Theory]
    [InlineData("9999-12-31", 100_000)]
    [InlineData("2200-01-01", 0)]
    public void Compute_FarBeyondTheWindow_IsATypedErrorNotAnException(string snet, int days) =>
        ScheduleEngine.Compute(Calendar(), [T("A", days, snet)], []).Error!.Fields!.Should().ContainKey(ScheduleEngine.WindowField);

    [Fact]
    public void Compute_ProjectStartingAfterTheWindow_FailsOnTheWindowField() =>
        ScheduleEngine.Compute(Calendar(D("2101-03-01")), [T("A", 1)], []).Error!.Fields!.Should().ContainKey(ScheduleEngine.WindowField);

    [Fact]
    public void Compute_NoTasksAfterTheWindow_IsStillAnEmptySchedule() =>
        ScheduleEngine.Compute(Calendar(D("2101-03-01")), [], []).IsSuccess.Should().BeTrue();
}
