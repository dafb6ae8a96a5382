using TpmHub.Core.Forecasts;
using TpmHub.Core.Risks;
using static TpmHub.UnitTests.Forecasts.ForecastTestData;

namespace TpmHub.UnitTests.Forecasts;

/// <summary>Risks: schedule impact on linked items, cost impact once, probabilities, and the cost rule.</summary>
public sealed class ForecastEngineRiskTests
{
    // A (10) → B (5) is the critical chain (finish 15); C (3) runs beside it with 12 days of float.
    private static ForecastItemInput[] Items() => [Item("A", 10, 1_000m), Item("B", 5, 500m), Item("C", 3, 300m)];

    private static TpmHub.Core.Schedule.ScheduleLinkInput[] Links() => [Link("A", "B")];

    [Fact]
    public void Run_RiskForcedOnCriticalItem_MovesFinishByExactlyItsImpact()
    {
        var result = Run(Input(Items(), Links(), [Risk("R1", 1.0, 4, 0m, "A")]));

        result.CriticalPathFinish.Offset.Should().Be(15);
        (result.FinishP50.Offset, result.FinishP80.Offset, result.FinishP95.Offset).Should().Be((19, 19, 19));
        result.FinishP50.Date.Should().Be(new DateOnly(2026, 1, 29));
    }

    [Fact]
    public void Run_RiskForcedOnItemWithEnoughFloat_LeavesFinish()
    {
        var result = Run(Input(Items(), Links(), [Risk("R1", 1.0, 12, 0m, "C")]));

        (result.FinishP50.Offset, result.FinishP95.Offset).Should().Be((15, 15));
        CriticalityOf(result, "C").Should().Be(1.0, "12 days use its float up exactly");
    }

    [Fact]
    public void Run_RiskForcedOnItemPastItsFloat_MovesFinishByTheExcess()
    {
        var result = Run(Input(Items(), Links(), [Risk("R1", 1.0, 14, 0m, "C")]));

        result.FinishP50.Offset.Should().Be(17);
        CriticalityOf(result, "A").Should().Be(0.0);
    }

    [Fact]
    public void Run_RiskLinkedToSeveralItems_DelaysEachOfThem()
    {
        // A + 2 and B + 2 on the chain: 4 days in all.
        var result = Run(Input(Items(), Links(), [Risk("R1", 1.0, 2, 0m, "A", "B")]));

        result.FinishP50.Offset.Should().Be(19);
    }

    [Fact]
    public void Run_RiskForcedWithCostImpact_AddsItExactlyToEveryCostPercentileAndItsDaysCostNothing()
    {
        var result = Run(Input(Items(), Links(), [Risk("R1", 1.0, 4, 1_234.56m, "A")]));

        // Budgets 1,800 plus the cost impact; A's 4 extra days are the risk's, paid by its cost impact alone.
        (result.CostP50, result.CostP80, result.CostP95).Should().Be((3_034.56m, 3_034.56m, 3_034.56m));
        result.PlannedCost.Should().Be(1_800m);
    }

    [Fact]
    public void Run_RiskWithCostImpactOnSpreadItems_ShiftsEveryCostPercentileByIt()
    {
        var items = new[] { Item("A", 10, 1_000m, estimate: (8m, 10m, 15m)), Item("B", 5, 500m, estimate: (4m, 5m, 9m)) };
        var without = Run(Input(items, [Link("A", "B")]));

        var with = Run(Input(items, [Link("A", "B")], [Risk("R1", 1.0, 0, 99.99m)]));

        with.CostP50.Should().Be(without.CostP50 + 99.99m);
        with.CostP80.Should().Be(without.CostP80 + 99.99m);
        with.CostP95.Should().Be(without.CostP95 + 99.99m);
        with.FinishHistogram.Should().Equal(without.FinishHistogram, "a risk without schedule impact draws no extra number when certain");
    }

    [Fact]
    public void Run_RiskThatNeverOccurs_ChangesNothing()
    {
        var result = Run(Input(Items(), Links(), [Risk("R1", 0.0, 30, 5_000m, "A")]));

        (result.FinishP95.Offset, result.CostP95).Should().Be((15, 1_800m));
        result.Drivers.Should().BeEmpty();
    }

    [Fact]
    public void Run_RiskAtHalfProbability_OccursInAboutHalfTheIterations()
    {
        var input = Input(Items(), Links(), [Risk("R1", 0.5, 10, 100m, "B")]) with { TargetDate = new DateOnly(2026, 1, 23) };

        var result = Run(input);

        // Finish 15 (Fri 2026-01-23) without the risk, 25 with it; the chance by the 23rd is the share without it.
        result.FinishHistogram.Select(b => b.FinishDate).Should().Equal(new DateOnly(2026, 1, 23), new DateOnly(2026, 2, 6));
        result.ChanceByTarget.Should().BeApproximately(0.5, 0.03);
        result.FinishP50.Offset.Should().BeOneOf(15, 25);
        (result.FinishP80.Offset, result.FinishP95.Offset).Should().Be((25, 25));
        (result.CostP80, result.CostP95).Should().Be((1_900m, 1_900m));
    }

    [Theory]
    [InlineData(1, 0.1)]
    [InlineData(3, 0.5)]
    [InlineData(5, 0.9)]
    public void FromRating_ProbabilityRating_UsesTheRegistersPercentages(int rating, double expected)
    {
        var risk = ForecastRiskInput.FromRating("CLD-R1", rating, null, 250m, ["A"]);

        risk.Probability.Should().Be(expected);
        risk.Probability.Should().Be((double)RiskScore.ProbabilityPercent(rating));
        (risk.ScheduleImpactDays, risk.CostImpact).Should().Be((0, 250m));
    }

    [Fact]
    public void Run_CostOfSpreadItem_ScalesBudgetWithSampledDuration()
    {
        // A single item: cost = 700 × sampled / 7 = 100 per sampled day, so every cost percentile is 100 × the finish offset.
        var result = Run(Input([Item("A", 7, 700m, estimate: (3m, 7m, 20m))]));

        result.CostP50.Should().Be(100m * result.FinishP50.Offset);
        result.CostP80.Should().Be(100m * result.FinishP80.Offset);
        result.CostP95.Should().Be(100m * result.FinishP95.Offset);
    }

    [Fact]
    public void Run_MilestoneWithBudget_KeepsItsBudget()
    {
        var result = Run(Input([Item("M", 0, 5_000m, estimate: (0m, 1m, 3m))]));

        (result.CostP50, result.CostP95).Should().Be((5_000m, 5_000m), "an item planned at 0 days keeps its budget whatever it samples");
        result.FinishP95.Offset.Should().BeGreaterThan(0);
    }
}
