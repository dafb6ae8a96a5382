using TpmHub.Core.Forecasts;
using TpmHub.Core.Schedule;
using static TpmHub.UnitTests.Forecasts.ForecastTestData;

namespace TpmHub.UnitTests.Forecasts;

/// <summary>Durations: the two distributions against their analytic quantiles, rounding, the default spread and zero spread.</summary>
public sealed class ForecastEngineDistributionTests
{
    // Triangular (5, 10, 20): F(x) = (x − 5)²/75 up to 10, 1 − (20 − x)²/150 above; the 50/80/95 % quantiles are 11.34, 14.52
    // and 17.26, whose ceilings are 12, 15 and 18 whole working days.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(2026)]
    public void Run_SingleTriangularTask_PercentilesAreCeilingsOfAnalyticQuantiles(int seed)
    {
        var input = Input([Item("A", 10, budget: 1_000m, estimate: (5m, 10m, 20m))]) with { Seed = seed };

        var result = Run(input);

        result.Iterations.Should().Be(ForecastInput.DefaultIterations);
        (result.FinishP50.Offset, result.FinishP80.Offset, result.FinishP95.Offset).Should().Be((12, 15, 18));
        result.FinishP50.Date.Should().Be(new DateOnly(2026, 1, 20), "offset 11 is the Tuesday of the third week");
        result.FinishP95.Date.Should().Be(new DateOnly(2026, 1, 28));
        // One task: cost = budget × sampled / planned is monotone in the finish, so its percentiles follow the finish's.
        (result.CostP50, result.CostP80, result.CostP95).Should().Be((1_200m, 1_500m, 1_800m));
        result.CriticalPathFinish.Should().Be(new ForecastFinish(10, new DateOnly(2026, 1, 16)));
        result.PlannedCost.Should().Be(1_000m);
    }

    // PERT (4, 7, 16): α = 1 + 4·3/12 = 2, β = 1 + 4·9/12 = 4, so (X − 4)/12 ~ Beta(2, 4) with
    // G(t) = 1 − (1 − t)⁵ − 5t(1 − t)⁴; mean of X = (4 + 4·7 + 16)/6 = 8, median 7.77 (→ 8 days), and the mean of ⌈X⌉ is 8.5001.
    [Theory]
    [InlineData(1)]
    [InlineData(99)]
    public void Run_SingleTaskPert_MatchesBetaDistributionWithinSamplingTolerance(int seed)
    {
        var input = Input([Item("A", 7, estimate: (4m, 7m, 16m))]) with { Distribution = ForecastDistribution.Pert, Seed = seed, Iterations = 20_000 };

        var result = Run(input);

        var offsets = FinishOffsets(result, Calendar());
        offsets.Should().HaveCount(20_000);
        offsets.Min().Should().BeGreaterThanOrEqualTo(5);
        offsets.Max().Should().BeLessThanOrEqualTo(16);
        // SD of ⌈X⌉ ≈ 2.2, so the standard error of the mean is ≈ 0.016: 0.07 is over four of them.
        offsets.Average().Should().BeApproximately(8.5001, 0.07);
        result.FinishP50.Offset.Should().Be(8);
        for (var k = 6; k <= 14; k++)
        {
            // The empirical CDF at each whole day against P(X ≤ k); the standard error is at most 0.0036.
            var expected = BetaTwoFourCdf((k - 4) / 12.0);
            var observed = offsets.Count(o => o <= k) / (double)offsets.Count;
            observed.Should().BeApproximately(expected, 0.015, $"P(finish ≤ {k})");
        }
    }

    [Fact]
    public void Run_PertAndTriangularOnSameEstimate_PertIsTighter()
    {
        var items = new[] { Item("A", 10, estimate: (5m, 10m, 30m)) };

        var triangular = Run(Input(items));
        var pert = Run(Input(items) with { Distribution = ForecastDistribution.Pert });

        // Triangular mean (5 + 10 + 30)/3 = 15, PERT (5 + 40 + 30)/6 = 12.5: PERT puts more weight on the most likely value.
        pert.FinishP80.Offset.Should().BeLessThan(triangular.FinishP80.Offset);
        pert.FinishP95.Offset.Should().BeLessThan(triangular.FinishP95.Offset);
    }

    [Fact]
    public void Run_ZeroSpreadEverywhereAndNoRisks_PercentilesAreTheCriticalPathFinishAndCostsTheBudgets()
    {
        var input = Input(
            [Item("A", 5, 100m), Item("B", 3, 250.10m), Item("C", 4, 0.05m, estimate: (4m, 4m, 4m)), Item("M", 0, 99.99m), Item("D", 2, 10m, startNoEarlierThan: new DateOnly(2026, 1, 14))],
            [Link("A", "B"), Link("A", "C", LinkType.SS, 2), Link("B", "M", LinkType.FF, -1), Link("C", "D", LinkType.SF, 3)]) with
        {
            Distribution = ForecastDistribution.Pert,
        };
        var schedule = ScheduleEngine.Compute(Calendar(), input.Items.Select(i => new ScheduleTaskInput(i.Key, i.DurationDays, i.StartNoEarlierThan)).ToArray(), input.Links).Value!;

        var result = Run(input);

        var expected = new ForecastFinish(schedule.ProjectFinish, schedule.ProjectFinishDate);
        result.CriticalPathFinish.Should().Be(expected);
        (result.FinishP50, result.FinishP80, result.FinishP95).Should().Be((expected, expected, expected));
        (result.CostP50, result.CostP80, result.CostP95).Should().Be((460.14m, 460.14m, 460.14m));
        result.FinishHistogram.Should().Equal(new ForecastHistogramBin(schedule.ProjectFinishDate, ForecastInput.DefaultIterations));
        result.Criticality.Select(c => c.Index).Should().Equal(schedule.Tasks.Select(t => t.Critical ? 1.0 : 0.0));
        result.Drivers.Should().BeEmpty("nothing varied");
    }

    [Fact]
    public void Run_DefaultSpread_AppliesAroundThePlanAndLeavesMilestonesAtZero()
    {
        // A (10 days, no estimate) with −10 %/+30 %: O = 9, M = 10, P = 13. Rounded up, samples in (9, 10] take 10 days, so
        // every finish lies in 10 … 13 (the milestone adds nothing).
        var input = Input([Item("A", 10), Item("M", 0)], [Link("A", "M")]) with { DefaultSpreadLowPercent = 10, DefaultSpreadHighPercent = 30 };

        var result = Run(input);

        var offsets = FinishOffsets(result, Calendar());
        offsets.Min().Should().Be(10);
        offsets.Max().Should().Be(13);
        result.FinishP50.Offset.Should().BeInRange(10, 11);
        CriticalityOf(result, "M").Should().Be(1.0);
    }

    [Fact]
    public void Run_OnlyMilestonesWithDefaultSpread_FinishesOnTheStartDate()
    {
        var input = Input([Item("M1", 0), Item("M2", 0)], [Link("M1", "M2")]) with { DefaultSpreadLowPercent = 50, DefaultSpreadHighPercent = 500 };

        var result = Run(input);

        result.FinishP95.Should().Be(new ForecastFinish(0, Monday));
        result.FinishHistogram.Should().Equal(new ForecastHistogramBin(Monday, ForecastInput.DefaultIterations));
    }

    [Fact]
    public void Run_NoItems_FinishesOnTheStartDateAtNoCost()
    {
        var result = Run(Input([]) with { TargetDate = Monday });

        (result.FinishP50, result.FinishP95).Should().Be((new ForecastFinish(0, Monday), new ForecastFinish(0, Monday)));
        (result.CostP95, result.ChanceByTarget).Should().Be((0m, 1.0));
        result.Criticality.Should().BeEmpty();
    }

    [Fact]
    public void Run_EstimateWithoutSpread_LastsItsRoundedUpValueAndScalesCost()
    {
        // Planned 10 days but estimated exactly 12.5: every iteration takes ⌈12.5⌉ = 13 days; cost 1,000 × 13/10.
        var result = Run(Input([Item("A", 10, 1_000m, estimate: (12.5m, 12.5m, 12.5m))]));

        (result.FinishP50.Offset, result.FinishP95.Offset).Should().Be((13, 13));
        result.CostP50.Should().Be(1_300m);
        result.CriticalPathFinish.Offset.Should().Be(10, "the deterministic finish uses the planned durations");
    }

    [Fact]
    public void Run_FractionalSpreadBounds_StayWithinTheirCeilings()
    {
        // Samples lie in [2.2, 3.1]: the ceiling is 3 or 4, never 2 (floating error cannot push 3.0 up either; 3.1 > 3).
        var result = Run(Input([Item("A", 3, estimate: (2.2m, 2.9m, 3.1m))]));

        var offsets = FinishOffsets(result, Calendar());
        offsets.Should().OnlyContain(o => o == 3 || o == 4);
        offsets.Should().Contain(3).And.Contain(4);
    }

    private static double BetaTwoFourCdf(double t) => t <= 0 ? 0 : t >= 1 ? 1 : 1 - Math.Pow(1 - t, 5) - 5 * t * Math.Pow(1 - t, 4);
}
