using TpmHub.Core.Forecasts;
using TpmHub.Core.Schedule;
using TpmHub.UnitTests.Schedule;

namespace TpmHub.UnitTests.Forecasts;

/// <summary>
/// Random networks from <see cref="RandomScheduleNetwork"/> (all link types, leads, milestones, start-no-earlier-than dates,
/// holidays): without spread the forecast is the schedule engine's schedule, and with spread its statistics hold together.
/// Failures are collected and reported together, each naming its seed and network.
/// </summary>
public sealed class ForecastEnginePropertyTests
{
    private const int NetworksPerSeed = 150;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Run_ZeroSpreadRandomNetworks_EqualsScheduleEngine(int seed)
    {
        var random = new Random(seed);
        var failures = new List<string>();
        for (var k = 0; k < NetworksPerSeed && failures.Count < 20; k++)
        {
            var network = RandomScheduleNetwork.Create(random, 40);
            var schedule = ScheduleEngine.Compute(network.Calendar, network.Tasks, network.Links).Value!;
            var input = ToInput(network, random, withSpread: false) with { Seed = k, Iterations = ForecastEngine.MinIterations };
            var plannedCost = input.Items.Sum(i => i.Budget);

            var result = ForecastEngine.Run(input).Value!;

            var expected = new ForecastFinish(schedule.ProjectFinish, schedule.ProjectFinishDate);
            void Fail(string msg) => failures.Add($"seed {seed} network {k}: {msg}");
            if (result.CriticalPathFinish != expected || result.FinishP50 != expected || result.FinishP80 != expected || result.FinishP95 != expected)
            {
                Fail($"finish {result.FinishP50}/{result.FinishP80}/{result.FinishP95} (critical path {result.CriticalPathFinish}), schedule {expected}");
            }

            if (result.CostP50 != plannedCost || result.CostP95 != plannedCost)
            {
                Fail($"cost {result.CostP50}/{result.CostP95}, budgets {plannedCost}");
            }

            if (!result.Criticality.Select(c => c.Index).SequenceEqual(schedule.Tasks.Select(t => t.Critical ? 1.0 : 0.0)))
            {
                Fail("criticality index differs from the schedule's critical flags");
            }
        }

        failures.Should().BeEmpty();
    }

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    public void Run_ForcedRisksWithoutSpread_EqualsScheduleEngineWithTheDelays(int seed)
    {
        var random = new Random(seed);
        var failures = new List<string>();
        for (var k = 0; k < NetworksPerSeed && failures.Count < 20; k++)
        {
            var network = RandomScheduleNetwork.Create(random, 40);
            var tasks = network.Tasks;
            var risks = new List<ForecastRiskInput>();
            var delayed = tasks.ToArray();
            decimal riskCost = 0;
            for (var r = random.Next(1, 4); r > 0; r--)
            {
                var linked = tasks.Select(t => t.Key).Where(_ => random.Next(4) == 0).ToArray();
                var days = random.Next(0, 8);
                var cost = random.Next(0, 10_000) / 100m;
                risks.Add(new ForecastRiskInput($"R{r}", 1.0, days, cost, linked));
                riskCost += cost;
                for (var i = 0; i < delayed.Length; i++)
                {
                    delayed[i] = linked.Contains(delayed[i].Key) ? delayed[i] with { DurationDays = delayed[i].DurationDays + days } : delayed[i];
                }
            }

            var input = ToInput(network, random, withSpread: false) with { Risks = risks, Iterations = ForecastEngine.MinIterations };
            var schedule = ScheduleEngine.Compute(network.Calendar, delayed, network.Links).Value!;

            var result = ForecastEngine.Run(input).Value!;

            var expected = new ForecastFinish(schedule.ProjectFinish, schedule.ProjectFinishDate);
            if (result.FinishP50 != expected || result.FinishP95 != expected || result.CostP80 != input.Items.Sum(i => i.Budget) + riskCost
                || !result.Criticality.Select(c => c.Index).SequenceEqual(schedule.Tasks.Select(t => t.Critical ? 1.0 : 0.0)))
            {
                failures.Add($"seed {seed} network {k}: finish {result.FinishP50}, schedule with delays {expected}; cost {result.CostP80}");
            }
        }

        failures.Should().BeEmpty();
    }

    [Theory]
    [InlineData(20, ForecastDistribution.Triangular)]
    [InlineData(21, ForecastDistribution.Pert)]
    [InlineData(22, ForecastDistribution.Triangular)]
    public void Run_RandomNetworksWithSpreadAndRisks_StatisticsHoldTogether(int seed, ForecastDistribution distribution)
    {
        var random = new Random(seed);
        var failures = new List<string>();
        for (var k = 0; k < NetworksPerSeed / 3 && failures.Count < 20; k++)
        {
            var network = RandomScheduleNetwork.Create(random, 40);
            var keys = network.Tasks.Select(t => t.Key).ToArray();
            var risks = Enumerable.Range(0, random.Next(0, 3)).Select(r => new ForecastRiskInput(
                $"R{r}", random.Next(1, 6) * 0.2 - 0.1, random.Next(0, 6), random.Next(0, 1_000), keys.Where(_ => random.Next(5) == 0).ToArray())).ToArray();
            var input = ToInput(network, random, withSpread: true) with
            {
                Risks = risks,
                Distribution = distribution,
                Seed = k,
                Iterations = 400,
                TargetDate = network.Calendar.Start.AddDays(random.Next(0, 120)),
            };
            var schedule = ScheduleEngine.Compute(network.Calendar, network.Tasks, network.Links).Value!;

            var result = ForecastEngine.Run(input).Value!;
            var again = ForecastEngine.Run(input with { Workers = 3 }).Value!;

            void Fail(string msg) => failures.Add($"seed {seed} network {k}: {msg}");
            if (!(result.FinishP50.Offset <= result.FinishP80.Offset && result.FinishP80.Offset <= result.FinishP95.Offset)
                || !(result.FinishP50.Date <= result.FinishP80.Date && result.FinishP80.Date <= result.FinishP95.Date))
            {
                Fail($"finish percentiles out of order: {result.FinishP50}, {result.FinishP80}, {result.FinishP95}");
            }

            if (!(result.CostP50 <= result.CostP80 && result.CostP80 <= result.CostP95))
            {
                Fail($"cost percentiles out of order: {result.CostP50}, {result.CostP80}, {result.CostP95}");
            }

            if (result.CriticalPathFinish.Offset != schedule.ProjectFinish)
            {
                Fail($"critical path finish {result.CriticalPathFinish.Offset}, schedule {schedule.ProjectFinish}");
            }

            var bins = result.FinishHistogram;
            if (bins.Sum(b => b.Count) != 400 || bins.Zip(bins.Skip(1)).Any(p => p.First.FinishDate >= p.Second.FinishDate)
                || bins[0].FinishDate > result.FinishP50.Date || bins[^1].FinishDate < result.FinishP95.Date)
            {
                Fail("histogram does not add up, is not ascending, or does not span the percentiles");
            }

            var byTarget = bins.Where(b => b.FinishDate <= input.TargetDate).Sum(b => b.Count) / 400.0;
            if (result.ChanceByTarget != byTarget || result.Criticality.Any(c => c.Index is < 0 or > 1)
                || result.Drivers.Any(d => d.Correlation is < -1 or > 1 || double.IsNaN(d.SwingDays)))
            {
                Fail($"chance {result.ChanceByTarget} (histogram says {byTarget}), or an index or correlation out of range");
            }

            if (!result.FinishHistogram.SequenceEqual(again.FinishHistogram) || result.CostP80 != again.CostP80
                || !result.Criticality.SequenceEqual(again.Criticality) || !result.Drivers.SequenceEqual(again.Drivers))
            {
                Fail("three workers gave another result than the default");
            }
        }

        failures.Should().BeEmpty();
    }

    /// <summary>The network as forecast items with random budgets; with spread, random estimates on some items and a default spread.</summary>
    private static ForecastInput ToInput(RandomScheduleNetwork network, Random random, bool withSpread)
    {
        var items = network.Tasks.Select(t =>
        {
            var budget = random.Next(0, 100_000) / 100m;
            ThreePointEstimate? estimate = null;
            if (withSpread && random.Next(3) == 0)
            {
                var o = random.Next(0, 10);
                var m = o + random.Next(0, 5) + random.Next(0, 4) * 0.25m;
                estimate = new ThreePointEstimate(o, m, m + random.Next(0, 12));
            }

            return new ForecastItemInput(t.Key, t.DurationDays, t.StartNoEarlierThan, budget, estimate);
        }).ToArray();
        return new ForecastInput(network.Calendar, items, network.Links, [])
        {
            DefaultSpreadLowPercent = withSpread ? random.Next(0, 50) : 0,
            DefaultSpreadHighPercent = withSpread ? random.Next(0, 200) : 0,
        };
    }
}
