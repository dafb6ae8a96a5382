using Bunit;
using Microsoft.AspNetCore.Components;
using TpmHub.UnitTests.Testing;
using TpmHub.Web.Features.Risks.HeatMap;

namespace TpmHub.UnitTests.Risks;

public sealed class RiskHeatMapTests
{
    private static readonly RiskHeatmap Map = new([new RiskHeatmapCell(4, 5, 2), new RiskHeatmapCell(2, 3, 1)], false);

    [Fact]
    public async Task Render_Counts_TwentyFiveCellsRowByRowFromProbabilityFiveWithCountsAndBandColours()
    {
        await using var ctx = MudTestContext.Create();

        var cut = ctx.Render<RiskHeatMap>(p => p.Add(c => c.Heatmap, Map));

        var cells = cut.FindAll("[data-testid^=heat-][data-count]");
        cells.Select(c => c.GetAttribute("data-testid")).Should().Equal(
            from p in Enumerable.Range(1, 5).Reverse() from i in Enumerable.Range(1, 5) select $"heat-{p}-{i}");
        var critical = cut.Find("[data-testid=heat-4-5]");
        critical.GetAttribute("data-count").Should().Be("2");
        critical.TextContent.Trim().Should().Be("2");
        critical.GetAttribute("style").Should().Contain("background-color:#c62828").And.NotContain("opacity");
        cut.Find("[data-testid=heat-1-1]").GetAttribute("style").Should().Contain("background-color:#66bb6a").And.Contain("opacity:0.35");
        cut.Find("[data-testid=heat-1-1]").TextContent.Trim().Should().BeEmpty();
        cut.Markup.Should().Contain("3 open risks");
    }

    [Fact]
    public async Task Click_WithCallback_ReportsTheCellAndMarksTheSelectedOne()
    {
        await using var ctx = MudTestContext.Create();
        RiskHeatMapSquare? clicked = null;

        var cut = ctx.Render<RiskHeatMap>(p => p.Add(c => c.Heatmap, Map).Add(c => c.SelectedProbability, 2).Add(c => c.SelectedImpact, 3)
            .Add(c => c.OnCellClick, EventCallback.Factory.Create<RiskHeatMapSquare>(this, s => clicked = s)));
        cut.Find("[data-testid=heat-4-5]").Click();

        clicked.Should().Be(new RiskHeatMapSquare(4, 5, 2));
        cut.Find("[data-testid=heat-2-3]").GetAttribute("aria-pressed").Should().Be("true");
        cut.Find("[data-testid=heat-4-5]").GetAttribute("aria-pressed").Should().Be("false");
        cut.Find("[data-testid=heat-4-5]").TagName.Should().Be("BUTTON");
    }

    [Fact]
    public async Task Render_WithoutCallbacks_PlainCellsAndNoResidualSwitch()
    {
        await using var ctx = MudTestContext.Create();

        var cut = ctx.Render<RiskHeatMap>(p => p.Add(c => c.Heatmap, new RiskHeatmap([], true)).Add(c => c.TestIdPrefix, "portfolio-heat"));

        cut.Find("[data-testid=portfolio-heat-4-5]").TagName.Should().Be("DIV");
        cut.FindAll("button").Should().BeEmpty();
        cut.FindAll("[data-testid=portfolio-heat-residual]").Should().BeEmpty();
        cut.Find("[data-testid=portfolio-heat-empty]").TextContent.Should().Be("No open risks.");
    }
}
