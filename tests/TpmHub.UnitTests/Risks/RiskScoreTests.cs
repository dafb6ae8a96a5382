using TpmHub.Core.Risks;

namespace TpmHub.UnitTests.Risks;

public sealed class RiskScoreTests
{
    [Theory]
    [InlineData(1, 1, 1, RiskBand.Low)]
    [InlineData(2, 2, 4, RiskBand.Low)]
    [InlineData(1, 5, 5, RiskBand.Medium)]
    [InlineData(3, 3, 9, RiskBand.Medium)]
    [InlineData(2, 5, 10, RiskBand.High)]
    [InlineData(4, 4, 16, RiskBand.High)]
    [InlineData(4, 5, 20, RiskBand.Critical)]
    [InlineData(5, 5, 25, RiskBand.Critical)]
    public void ScoreAndBand_FollowDesign(int probability, int impact, int score, RiskBand band)
    {
        RiskScore.Score(probability, impact).Should().Be(score);
        RiskScore.Band(score).Should().Be(band);
    }

    [Fact]
    public void Band_EveryPossibleScore_HasABand()
    {
        for (var p = 1; p <= 5; p++)
        {
            for (var i = 1; i <= 5; i++)
            {
                FluentActions.Invoking(() => RiskScore.Band(p * i)).Should().NotThrow();
            }
        }
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(6, 3)]
    [InlineData(3, 0)]
    [InlineData(3, 6)]
    public void Score_RatingOutside1To5_Throws(int probability, int impact) =>
        FluentActions.Invoking(() => RiskScore.Score(probability, impact)).Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData(1, 0.10)]
    [InlineData(2, 0.30)]
    [InlineData(3, 0.50)]
    [InlineData(4, 0.70)]
    [InlineData(5, 0.90)]
    public void Exposure_IsProbabilityPercentTimesCost(int probability, double percent) =>
        RiskScore.Exposure(probability, 100_000m).Should().Be((decimal)percent * 100_000m);

    [Fact]
    public void Exposure_WithoutCostImpact_IsZero() => RiskScore.Exposure(5, null).Should().Be(0m);

    [Theory]
    [InlineData(RiskBand.Low, 1, 4)]
    [InlineData(RiskBand.Medium, 5, 9)]
    [InlineData(RiskBand.High, 10, 16)]
    [InlineData(RiskBand.Critical, 20, 25)]
    public void Range_EveryBand_FollowsDesign(RiskBand band, int low, int high) => RiskScore.Range(band).Should().Be((low, high));

    [Fact]
    public void Range_EveryPossibleScore_FallsInTheRangeOfItsBand()
    {
        for (var p = 1; p <= 5; p++)
        {
            for (var i = 1; i <= 5; i++)
            {
                var (low, high) = RiskScore.Range(RiskScore.Band(p * i));
                (p * i).Should().BeInRange(low, high);
            }
        }
    }

    [Fact]
    public void ExposureOf_Expression_AgreesWithExposureAndIsZeroWithoutRatingOrCost()
    {
        var exposure = RiskScore.ExposureOf.Compile();
        for (var p = 1; p <= 5; p++)
        {
            exposure(new RaidEntry { Probability = p, CostImpact = 1_000m }).Should().Be(RiskScore.Exposure(p, 1_000m));
        }

        exposure(new RaidEntry { Probability = null, CostImpact = 1_000m }).Should().Be(0m);
        exposure(new RaidEntry { Probability = 3, CostImpact = null }).Should().Be(0m);
    }
}
