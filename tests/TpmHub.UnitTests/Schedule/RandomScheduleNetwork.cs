using TpmHub.Core.Schedule;

namespace TpmHub.UnitTests.Schedule;

/// <summary>
/// A random acyclic network for property tests: 1–<c>maxTasks</c> tasks in shuffled input order, up to two links per task
/// (all types, lags −3..5, repeats allowed) pointing forward in a hidden topological order, some milestones and
/// start-no-earlier-than dates (weekends and dates before the start included), and a calendar with a few holidays.
/// </summary>
internal sealed record RandomScheduleNetwork(WorkingCalendar Calendar, ScheduleTaskInput[] Tasks, ScheduleLinkInput[] Links)
{
    private static readonly LinkType[] Types = [LinkType.FS, LinkType.FS, LinkType.FS, LinkType.SS, LinkType.FF, LinkType.SF];

    public static RandomScheduleNetwork Create(Random random, int maxTasks)
    {
        var start = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 365));
        var holidays = new List<DateOnly>();
        for (var i = random.Next(0, 8); i > 0; i--)
        {
            holidays.Add(start.AddDays(random.Next(-10, 120)));
        }

        var n = random.Next(1, maxTasks + 1);
        var rank = Enumerable.Range(0, n).ToArray();
        random.Shuffle(rank);
        var tasks = new ScheduleTaskInput[n];
        for (var i = 0; i < n; i++)
        {
            var duration = random.Next(10) == 0 ? 0 : random.Next(1, 12);
            DateOnly? snet = random.Next(7) == 0 ? start.AddDays(random.Next(-10, 40)) : null;
            tasks[i] = new ScheduleTaskInput($"T{i}", duration, snet);
        }

        var links = new List<ScheduleLinkInput>();
        if (n > 1)
        {
            for (var i = random.Next(0, 2 * n + 1); i > 0; i--)
            {
                var a = random.Next(n);
                var b = random.Next(n - 1);
                b += b >= a ? 1 : 0;
                var (from, to) = rank[a] < rank[b] ? (a, b) : (b, a);
                links.Add(new ScheduleLinkInput($"T{from}", $"T{to}", Types[random.Next(Types.Length)], random.Next(-3, 6)));
            }
        }

        return new RandomScheduleNetwork(new WorkingCalendar(start, holidays), tasks, [.. links]);
    }
}
