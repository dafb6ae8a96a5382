using TpmHub.Core.Risks;
using TpmHub.Web.Features.Risks.Assessments;

namespace TpmHub.UnitTests.Risks;

public sealed class RiskTrendGeometryTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(3, 4)]
    [InlineData(20, 20)]
    [InlineData(21, 40)]
    [InlineData(42, 60)]
    [InlineData(30000, 40000)]
    [InlineData(120000, 200000)]
    [InlineData(0.3, 0.4)]
    public void NiceCeiling_Value_SmallestRoundNumberAtOrAbove(double value, double expected) =>
        RiskTrendGeometry.NiceCeiling((decimal)value).Should().Be((decimal)expected);

    [Theory]
    [InlineData(0, 4)]
    [InlineData(3, 4)]
    [InlineData(6, 8)]
    [InlineData(19, 20)]
    [InlineData(42, 60)]
    [InlineData(90, 100)]
    public void ScoreCeiling_Value_RoundMultipleOfFourSoQuarterLinesAreWholeScores(int value, int expected) =>
        RiskTrendGeometry.ScoreCeiling(value).Should().Be(expected);

    [Fact]
    public void Build_Weeks_SpanThePlotWithMaximumAtTopAndZeroAtBottom()
    {
        var points = new[] { Point(0, 0, 0), Point(1, 20, 70_000), Point(2, 6, 30_000) };

        var g = RiskTrendGeometry.Build(points);

        g.ScoreMax.Should().Be(20);
        g.ExposureMax.Should().Be(80_000);
        g.Score.Select(p => p.X).Should().Equal(RiskTrendGeometry.PlotLeft, (RiskTrendGeometry.PlotLeft + RiskTrendGeometry.PlotRight) / 2, RiskTrendGeometry.PlotRight);
        g.Score[0].Y.Should().Be(RiskTrendGeometry.PlotBottom);
        g.Score[1].Y.Should().Be(RiskTrendGeometry.PlotTop);
        g.Exposure[1].Y.Should().BeApproximately(RiskTrendGeometry.PlotBottom - 7.0 / 8 * (RiskTrendGeometry.PlotBottom - RiskTrendGeometry.PlotTop), 1e-9);
        g.Score[2].Y.Should().BeGreaterThan(g.Score[1].Y, "a lower score is drawn lower");
    }

    [Fact]
    public void Build_OneWeek_DrawnInTheMiddle()
    {
        var g = RiskTrendGeometry.Build([Point(0, 12, 0)]);

        g.Score.Should().ContainSingle().Which.X.Should().Be((RiskTrendGeometry.PlotLeft + RiskTrendGeometry.PlotRight) / 2);
        g.Ticks.Should().ContainSingle().Which.Week.Should().Be(Monday);
        g.Exposure.Single().Y.Should().Be(RiskTrendGeometry.PlotBottom, "no exposure sits on the axis");
    }

    [Fact]
    public void Build_ManyWeeks_AtMostSixTicksEndingWithTheLatestWeek()
    {
        var points = Enumerable.Range(0, 30).Select(i => Point(i, i, i * 100)).ToArray();

        var g = RiskTrendGeometry.Build(points);

        g.Ticks.Should().HaveCountLessThanOrEqualTo(6);
        g.Ticks[0].Week.Should().Be(Monday);
        g.Ticks[^1].Week.Should().Be(points[^1].Week);
        g.Ticks.Select(t => t.X).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Build_NoWeeks_Empty()
    {
        var g = RiskTrendGeometry.Build([]);

        g.Score.Should().BeEmpty();
        g.Ticks.Should().BeEmpty();
    }

    [Fact]
    public void Polyline_Points_InvariantCoordinatePairs() =>
        RiskTrendGeometry.Polyline([new(44, 172), new(100.24, 12.5)]).Should().Be("44,172 100.2,12.5");

    [Theory]
    [InlineData(0, "0")]
    [InlineData(950, "950")]
    [InlineData(1500, "1.5k")]
    [InlineData(120000, "120k")]
    [InlineData(2500000, "2.5M")]
    public void Compact_Money_ShortAxisLabel(int value, string expected) => RiskTrendGeometry.Compact(value).Should().Be(expected);

    private static RiskTrendPoint Point(int week, int score, decimal exposure) => new(Monday.AddDays(7 * week), score, exposure);
}
