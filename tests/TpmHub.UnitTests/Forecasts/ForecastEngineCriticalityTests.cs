using TpmHub.Core.Forecasts;
using static TpmHub.UnitTests.Forecasts.ForecastTestData;

namespace TpmHub.UnitTests.Forecasts;

/// <summary>Criticality index, drivers (the tornado) and the chance of finishing by a target date.</summary>
public sealed class ForecastEngineCriticalityTests
{
    [Fact]
    public void Run_SingleChain_EveryItemAlwaysCritical()
    {
        var result = Run(Input(
            [Item("A", 5, estimate: (2m, 5m, 12m)), Item("B", 3, estimate: (1m, 3m, 9m)), Item("C", 8, estimate: (6m, 8m, 20m))],
            [Link("A", "B"), Link("B", "C")]));

        result.Criticality.Should().Equal(new ForecastCriticality("A", 1.0), new ForecastCriticality("B", 1.0), new ForecastCriticality("C", 1.0));
    }

    [Fact]
    public void Run_ParallelBranchesOfClearlyDifferentLength_LongerAlwaysCriticalShorterNever()
    {
        var result = Run(Input(
            [Item("S", 0), Item("Long", 20, estimate: (15m, 20m, 30m)), Item("Short", 5, estimate: (3m, 5m, 10m)), Item("E", 0)],
            [Link("S", "Long"), Link("S", "Short"), Link("Long", "E"), Link("Short", "E")]));

        CriticalityOf(result, "Long").Should().Be(1.0);
        CriticalityOf(result, "Short").Should().Be(0.0);
        CriticalityOf(result, "S").Should().Be(1.0);
        CriticalityOf(result, "E").Should().Be(1.0);
    }

    [Fact]
    public void Run_NearlyEqualBranches_BothSometimesCritical()
    {
        var result = Run(Input(
            [Item("Left", 10, estimate: (8m, 10m, 14m)), Item("Right", 10, estimate: (8m, 10.5m, 13m)), Item("E", 0)],
            [Link("Left", "E"), Link("Right", "E")]));

        CriticalityOf(result, "Left").Should().BeInRange(0.05, 0.95).And.NotBe(0.0).And.NotBe(1.0);
        CriticalityOf(result, "Right").Should().BeInRange(0.05, 0.95);
        // In every iteration one of them (or both, when tied) ends at the finish.
        (CriticalityOf(result, "Left") + CriticalityOf(result, "Right")).Should().BeGreaterThanOrEqualTo(1.0);
    }

    [Fact]
    public void Run_DominantItem_RanksFirstAmongDrivers()
    {
        var result = Run(Input(
            [Item("Wide", 20, estimate: (10m, 20m, 60m)), Item("Narrow", 10, estimate: (9m, 10m, 12m)), Item("Side", 5, estimate: (4m, 5m, 7m))],
            [Link("Wide", "Narrow")],
            [Risk("Small", 0.3, 1, 0m, "Narrow")]));

        result.Drivers[0].Should().Match<ForecastDriver>(d => d.Kind == ForecastDriverKind.Item && d.Key == "Wide");
        result.Drivers[0].Correlation.Should().BeGreaterThan(0.95);
        result.Drivers[0].SwingDays.Should().BeGreaterThan(10);
        result.Drivers.Select(d => d.Key).Should().Contain(["Narrow", "Small"]);
        Math.Abs(result.Drivers.Single(d => d.Key == "Side").Correlation).Should().BeLessThan(0.1, "Side never drives the finish");
        result.Drivers.Select(d => Math.Abs(d.Correlation)).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Run_DominantRisk_RanksFirstWithItsImpactAsSwing()
    {
        // Only the risks vary: Big adds 20 days to the critical item half the time, Little 1 day.
        var result = Run(Input(
            [Item("A", 10), Item("B", 10)],
            [Link("A", "B")],
            [Risk("Little", 0.5, 1, 0m, "A"), Risk("Big", 0.5, 20, 0m, "B")]));

        result.Drivers.Select(d => (d.Kind, d.Key)).Should().Equal((ForecastDriverKind.Risk, "Big"), (ForecastDriverKind.Risk, "Little"));
        result.Drivers[0].SwingDays.Should().BeApproximately(20, 0.1);
        result.Drivers[0].Correlation.Should().BeApproximately(20 / Math.Sqrt(20 * 20 + 1), 0.02);
        result.Drivers[1].SwingDays.Should().BeApproximately(1, 1.0, "Big's 20 days fall unevenly on the two halves by chance");
    }

    [Fact]
    public void Run_MaxDrivers_LimitsTheList()
    {
        var items = Enumerable.Range(0, 10).Select(i => Item($"T{i}", 5, estimate: (3m, 5m, 9m + i))).ToArray();
        var links = Enumerable.Range(1, 9).Select(i => Link($"T{i - 1}", $"T{i}")).ToArray();

        var result = Run(Input(items, links) with { MaxDrivers = 3 });

        result.Drivers.Should().HaveCount(3);
        result.Drivers[0].Key.Should().Be("T9", "the widest estimate on the chain drives the most");
    }

    [Fact]
    public void Run_TargetAfterLatestPossibleFinish_ChanceIsOne()
    {
        // At most 20 + 9 = 29 days: the last possible finish date is offset 28, Thursday 2026-02-12.
        var input = Input([Item("A", 10, estimate: (8m, 10m, 20m)), Item("B", 5, estimate: (4m, 5m, 9m))], [Link("A", "B")]) with
        {
            TargetDate = new DateOnly(2026, 2, 12),
        };

        Run(input).ChanceByTarget.Should().Be(1.0);
    }

    [Fact]
    public void Run_TargetBeforeEarliestPossibleFinish_ChanceIsZero()
    {
        // At least 8 + 4 = 12 days: the earliest possible finish date is offset 11, Tuesday 2026-01-20.
        var input = Input([Item("A", 10, estimate: (8m, 10m, 20m)), Item("B", 5, estimate: (4m, 5m, 9m))], [Link("A", "B")]) with
        {
            TargetDate = new DateOnly(2026, 1, 19),
        };

        Run(input).ChanceByTarget.Should().Be(0.0);
    }

    [Fact]
    public void Run_TargetInTheMiddle_ChanceMatchesTheCumulativeCurve()
    {
        var input = Input([Item("A", 10, estimate: (8m, 10m, 20m))]) with { TargetDate = new DateOnly(2026, 1, 17) };

        var result = Run(input);

        // Saturday the 17th: the last finish date on or before it is Friday the 16th (offset 10).
        var curve = result.CumulativeCurve();
        curve[^1].Share.Should().Be(1.0);
        curve.Select(p => p.Share).Should().BeInAscendingOrder();
        result.ChanceByTarget.Should().Be(curve.Single(p => p.FinishDate == new DateOnly(2026, 1, 16)).Share);
        result.ChanceByTarget.Should().BeInRange(0.05, 0.5);
        result.FinishHistogram.Sum(b => b.Count).Should().Be(result.Iterations);
    }

    [Fact]
    public void Run_WithoutTarget_HasNoChance()
    {
        var result = Run(Input([Item("A", 10)]));

        (result.TargetDate, result.ChanceByTarget).Should().Be((null, null));
    }
}
