using TpmHub.Core.Risks;
using TpmHub.Web.Features.Risks.HeatMap;

namespace TpmHub.UnitTests.Risks;

public sealed class RiskHeatMapLayoutTests
{
    [Fact]
    public void Rows_NoCells_FiveRowsFromProbabilityFiveDownWithImpactOneToFive()
    {
        var rows = RiskHeatMapLayout.Rows([]);

        rows.Select(r => r[0].Probability).Should().Equal(5, 4, 3, 2, 1);
        rows.Should().AllSatisfy(r => r.Select(c => c.Impact).Should().Equal(1, 2, 3, 4, 5));
        rows.Should().AllSatisfy(r => r.Should().AllSatisfy(c => c.Count.Should().Be(0)));
        rows.Should().AllSatisfy(r => r.Select(c => c.Probability).Distinct().Should().ContainSingle());
    }

    [Fact]
    public void Rows_Counts_LandInTheirCellsAndDuplicatesAddUp()
    {
        var rows = RiskHeatMapLayout.Rows([new RiskHeatmapCell(4, 5, 2), new RiskHeatmapCell(1, 1, 3), new RiskHeatmapCell(4, 5, 1), new RiskHeatmapCell(9, 1, 7)]);

        rows[1][4].Should().Be(new RiskHeatMapSquare(4, 5, 3));
        rows[4][0].Should().Be(new RiskHeatMapSquare(1, 1, 3));
        rows.Sum(r => r.Sum(c => c.Count)).Should().Be(6, "a cell outside 1–5 is ignored");
    }

    [Theory]
    [InlineData(1, 1, RiskBand.Low)]
    [InlineData(2, 2, RiskBand.Low)]
    [InlineData(1, 5, RiskBand.Medium)]
    [InlineData(3, 3, RiskBand.Medium)]
    [InlineData(2, 5, RiskBand.High)]
    [InlineData(4, 4, RiskBand.High)]
    [InlineData(4, 5, RiskBand.Critical)]
    [InlineData(5, 5, RiskBand.Critical)]
    public void Square_Band_FollowsTheScoreOfItsCell(int probability, int impact, RiskBand band)
    {
        var square = new RiskHeatMapSquare(probability, impact, 0);

        square.Score.Should().Be(probability * impact);
        square.Band.Should().Be(band);
    }
}
