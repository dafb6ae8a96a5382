using System.Globalization;
using Bunit;
using TpmHub.UnitTests.Testing;
using TpmHub.Web.Features.Budget;

namespace TpmHub.UnitTests.Budget;

public sealed class LineChartTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    [Fact]
    public async Task Render_TwoLines_DrawsEachWithItsLegend_AndLeavesGapsForMissingValues()
    {
        await using var ctx = MudTestContext.Create();
        IReadOnlyList<LineChart.ChartLine> lines =
        [
            new("PV", "#1e88e5", true, [(Monday, 0m), (Monday.AddDays(7), 500m), (Monday.AddDays(14), 1_000m)]),
            new("EV", "#2e7d32", false, [(Monday, 0m), (Monday.AddDays(7), 400m), (Monday.AddDays(14), null)]),
        ];

        var cut = ctx.Render<LineChart>(p => p.Add(c => c.Lines, lines).Add(c => c.TestId, "chart").Add(c => c.AriaLabel, "S-curve"));

        var polylines = cut.FindAll("polyline");
        polylines.Should().HaveCount(2);
        polylines[0].GetAttribute("points")!.Split(' ').Should().HaveCount(3);
        polylines[1].GetAttribute("points")!.Split(' ').Should().HaveCount(2, "EV after the status date is not drawn");
        polylines[0].GetAttribute("stroke-dasharray").Should().Be("6 3");
        cut.Find("svg").GetAttribute("aria-label").Should().Be("S-curve");
        cut.Markup.Should().Contain("PV").And.Contain("EV");
    }

    [Fact]
    public async Task Render_AxisTop_IsRoundedUpToANiceValue_AndTheHighestPointTouchesIt()
    {
        await using var ctx = MudTestContext.Create();
        IReadOnlyList<LineChart.ChartLine> lines = [new("AC", "#c62828", false, [(Monday, 0m), (Monday.AddDays(7), 2_000m)])];

        var cut = ctx.Render<LineChart>(p => p.Add(c => c.Lines, lines));

        var labels = cut.FindAll("text").Select(t => t.TextContent).ToList();
        labels.Should().Contain("2k").And.Contain("1k").And.Contain("0");
        var top = cut.FindAll("polyline")[0].GetAttribute("points")!.Split(' ')[1].Split(',')[1];
        double.Parse(top, CultureInfo.InvariantCulture).Should().Be(10, "2,000 is the top of the axis, drawn at the plot's top");
    }

    [Fact]
    public async Task Render_NothingToDraw_SaysWhy()
    {
        await using var ctx = MudTestContext.Create();
        IReadOnlyList<LineChart.ChartLine> lines = [new("AC", "#c62828", false, [(Monday, null)])];

        var cut = ctx.Render<LineChart>(p => p.Add(c => c.Lines, lines).Add(c => c.Empty, "No spend yet."));

        cut.FindAll("svg").Should().BeEmpty();
        cut.Markup.Should().Contain("No spend yet.");
    }
}
