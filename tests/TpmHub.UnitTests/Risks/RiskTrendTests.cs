using TpmHub.Core.Risks;

namespace TpmHub.UnitTests.Risks;

public sealed class RiskTrendTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();

    [Fact]
    public void Weekly_RisksRaisedReassessedAndClosed_ProduceTheRunningTotals()
    {
        // Week of Mon 2026-03-02: A raised 4×5 (cost 100k). Week of 03-09: B raised 3×3 (no cost). Week of 03-16: A reassessed to 2×3.
        // Week of 03-23: B closed.
        RiskSnapshot[] history =
        [
            new(A, new DateOnly(2026, 3, 3), RaidStatus.Open, 4, 5, 100_000m),
            new(B, new DateOnly(2026, 3, 11), RaidStatus.Open, 3, 3, null),
            new(A, new DateOnly(2026, 3, 20), RaidStatus.Mitigating, 2, 3, 100_000m),
            new(B, new DateOnly(2026, 3, 24), RaidStatus.Closed, 3, 3, null),
        ];

        var points = RiskTrend.Weekly(history, new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 25));

        points.Select(p => p.Week).Should().Equal(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 23));
        points.Select(p => p.TotalScore).Should().Equal(20, 29, 15, 6);
        points.Select(p => p.Exposure).Should().Equal(70_000m, 70_000m, 30_000m, 30_000m);
    }

    [Fact]
    public void Weekly_SnapshotOnSunday_CountsInThatWeek()
    {
        var points = RiskTrend.Weekly([new RiskSnapshot(A, new DateOnly(2026, 3, 8), RaidStatus.Open, 2, 2, null)],
            new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 8));

        points.Should().ContainSingle().Which.TotalScore.Should().Be(4);
    }

    [Fact]
    public void Weekly_RealisedRisk_LeavesTheTotals()
    {
        RiskSnapshot[] history =
        [
            new(A, new DateOnly(2026, 3, 2), RaidStatus.Open, 5, 5, 10_000m),
            new(A, new DateOnly(2026, 3, 10), RaidStatus.Realised, 5, 5, 10_000m),
        ];

        RiskTrend.Weekly(history, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 10)).Select(p => p.TotalScore).Should().Equal(25, 0);
    }

    [Fact]
    public void Weekly_ToBeforeFrom_IsEmpty() =>
        RiskTrend.Weekly([], new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 1)).Should().BeEmpty();

    [Fact]
    public void Weekly_VeryLongSpan_KeepsTheLatestWeeksOnly()
    {
        var points = RiskTrend.Weekly([], new DateOnly(2000, 1, 3), new DateOnly(2026, 3, 2));

        points.Should().HaveCount(RiskTrend.MaxWeeks);
        points[^1].Week.Should().Be(new DateOnly(2026, 3, 2));
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-02")]
    [InlineData("2026-03-08", "2026-03-02")]
    [InlineData("2026-03-04", "2026-03-02")]
    public void MondayOf_AnyDay_IsTheMondayOfItsWeek(string day, string monday) =>
        RiskTrend.MondayOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture));
}
