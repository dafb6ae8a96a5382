using BenchmarkDotNet.Attributes;
using TpmHub.Core.Forecasts;
using TpmHub.Core.Schedule;

namespace TpmHub.Benchmarks;

/// <summary>
/// <see cref="ForecastEngine.Run"/> on networks from <see cref="ScheduleNetworkGenerator"/> (N items, 2N links): 10,000
/// iterations over 1,000 items (target ≤ 1 s) and 1,000 iterations over 10,000 items (target ≤ 5 s), each with triangular
/// and PERT sampling. Two items in three carry an estimate (O = 0.8 d, M = d, P = 1.5–2.5 d), the rest take the default
/// spread (−10 %/+30 %); N/20 risks (probability 10–90 %, 1–10 days, a cost impact) each delay two random items. Workers =
/// processor count. Inputs are built once in the global setup, so only the forecast is measured.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[MaxColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class ForecastEngineBenchmarks
{
    private ForecastInput _input = null!;

    [Params(1_000, 10_000)]
    public int Items { get; set; }

    [Params(ForecastDistribution.Triangular, ForecastDistribution.Pert)]
    public ForecastDistribution Distribution { get; set; }

    /// <summary>10,000 iterations for 1,000 items, 1,000 for 10,000: the two targets.</summary>
    public int Iterations => Items <= 1_000 ? 10_000 : 1_000;

    [GlobalSetup]
    public void Setup()
    {
        var (calendar, tasks, links) = ScheduleNetworkGenerator.Create(Items, 2 * Items);
        var random = new Random(7);
        var items = tasks.Select(t =>
        {
            ThreePointEstimate? estimate = t.DurationDays > 0 && random.Next(3) > 0
                ? new ThreePointEstimate(0.8m * t.DurationDays, t.DurationDays, t.DurationDays * (1.5m + random.Next(0, 11) / 10m))
                : null;
            return new ForecastItemInput(t.Key, t.DurationDays, t.StartNoEarlierThan, random.Next(1_000, 50_000), estimate);
        }).ToArray();
        var risks = Enumerable.Range(0, Items / 20).Select(r => new ForecastRiskInput(
            $"R{r}", random.Next(1, 10) / 10.0, random.Next(1, 11), random.Next(0, 100_000),
            [tasks[random.Next(tasks.Length)].Key, tasks[random.Next(tasks.Length)].Key])).DistinctBy(r => string.Join(',', r.ItemKeys))
            .Where(r => r.ItemKeys[0] != r.ItemKeys[1]).ToArray();
        _input = new ForecastInput(calendar, items, links, risks)
        {
            Distribution = Distribution,
            Iterations = Iterations,
            Seed = 42,
            DefaultSpreadLowPercent = 10,
            DefaultSpreadHighPercent = 30,
        };

        var result = ForecastEngine.Run(_input);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(result.Error!.Message);
        }

        var r = result.Value!;
        Console.WriteLine($"// {Items} items, {links.Length} links, {risks.Length} risks, {Iterations} iterations, {Distribution}: critical path " +
            $"{r.CriticalPathFinish.Offset}, P50/P80/P95 {r.FinishP50.Offset}/{r.FinishP80.Offset}/{r.FinishP95.Offset}, " +
            $"cost P50 {r.CostP50:N0} of {r.PlannedCost:N0} planned, top driver {r.Drivers[0].Kind} {r.Drivers[0].Key} r={r.Drivers[0].Correlation:F2}");
    }

    [Benchmark]
    public ForecastResult Run() => ForecastEngine.Run(_input).Value!;
}
