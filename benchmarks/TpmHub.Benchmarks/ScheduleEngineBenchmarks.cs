using BenchmarkDotNet.Attributes;
using TpmHub.Core.Schedule;

namespace TpmHub.Benchmarks;

/// <summary>
/// <see cref="ScheduleEngine.Compute"/> on generated networks of N tasks and 2N links (targets: 10,000 tasks ≤ 20 ms,
/// 100,000 tasks ≤ 300 ms). Inputs are built once in the global setup, so only the computation is measured.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[MaxColumn]
public class ScheduleEngineBenchmarks
{
    private WorkingCalendar _calendar = null!;
    private ScheduleTaskInput[] _tasks = [];
    private ScheduleLinkInput[] _links = [];

    [Params(10_000, 100_000)]
    public int Tasks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_calendar, _tasks, _links) = ScheduleNetworkGenerator.Create(Tasks, 2 * Tasks);
        var result = ScheduleEngine.Compute(_calendar, _tasks, _links);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(result.Error!.Message);
        }

        Console.WriteLine($"// {Tasks} tasks, {_links.Length} links: project finish offset {result.Value!.ProjectFinish} " +
            $"({result.Value.ProjectFinishDate:yyyy-MM-dd}), {result.Value.CriticalPath.Count} critical tasks");
    }

    [Benchmark]
    public ScheduleResult Compute() => ScheduleEngine.Compute(_calendar, _tasks, _links).Value!;
}
