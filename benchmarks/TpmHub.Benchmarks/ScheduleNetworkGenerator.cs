using TpmHub.Core.Schedule;

namespace TpmHub.Benchmarks;

/// <summary>
/// Builds the same realistic network for the same arguments: each task after the first depends on two earlier tasks
/// from the <see cref="Window"/> tasks before it (so the network is acyclic and work flows in parallel streams),
/// 85% FS, 5% each SS/FF/SF; lags 0 for most links, otherwise −2..5; 5% milestones, other durations 1–20 working days;
/// and ten holidays a year across the whole span.
/// </summary>
public static class ScheduleNetworkGenerator
{
    /// <summary>How far back (in task numbers) a task's predecessors may be.</summary>
    public const int Window = 200;

    public static (WorkingCalendar Calendar, ScheduleTaskInput[] Tasks, ScheduleLinkInput[] Links) Create(int taskCount, int linkCount, int seed = 42)
    {
        var random = new Random(seed);
        var start = new DateOnly(2026, 1, 5);
        var holidays = new List<DateOnly>();
        for (var year = 2026; year < 2026 + 400; year++)
        {
            for (var i = 0; i < 10; i++)
            {
                holidays.Add(new DateOnly(year, 1, 1).AddDays(random.Next(0, 365)));
            }
        }

        var tasks = new ScheduleTaskInput[taskCount];
        for (var i = 0; i < taskCount; i++)
        {
            var duration = random.Next(100) < 5 ? 0 : random.Next(1, 21);
            tasks[i] = new ScheduleTaskInput($"T{i}", duration, null);
        }

        var links = new ScheduleLinkInput[Math.Min(linkCount, taskCount > 1 ? linkCount : 0)];
        for (var l = 0; l < links.Length; l++)
        {
            // Successors spread evenly over tasks 1..N−1; each predecessor is one of the Window tasks before it.
            var to = 1 + (int)((long)l * (taskCount - 1) / links.Length);
            var from = Math.Max(0, to - 1 - random.Next(Window));
            var roll = random.Next(100);
            var type = roll < 85 ? LinkType.FS : roll < 90 ? LinkType.SS : roll < 95 ? LinkType.FF : LinkType.SF;
            var lag = random.Next(100) < 70 ? 0 : random.Next(-2, 6);
            links[l] = new ScheduleLinkInput($"T{from}", $"T{to}", type, lag);
        }

        return (new WorkingCalendar(start, holidays), tasks, links);
    }
}
