using TpmHub.Core.Schedule;

namespace TpmHub.UnitTests.Schedule;

/// <summary>
/// The reference the engine is checked against: no graph order at all, just every constraint applied over and over
/// until nothing moves (the least early schedule, then the greatest late schedule under the project finish).
/// </summary>
internal sealed class RelaxationSchedule
{
    public RelaxationSchedule(RandomScheduleNetwork network, int? delayedTask = null, int delayedStart = 0)
    {
        var (calendar, tasks, links) = network;
        var n = tasks.Length;
        var index = new Dictionary<string, int>();
        for (var i = 0; i < n; i++)
        {
            index[tasks[i].Key] = i;
        }

        var d = tasks.Select(t => t.DurationDays).ToArray();
        ES = tasks.Select(t => t.StartNoEarlierThan is { } date ? Math.Max(0, calendar.OffsetOnOrAfter(date)) : 0).ToArray();
        if (delayedTask is { } delayed)
        {
            ES[delayed] = Math.Max(ES[delayed], delayedStart);
        }

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var link in links)
            {
                int p = index[link.PredecessorKey], s = index[link.SuccessorKey];
                var least = link.Type switch
                {
                    LinkType.FS => ES[p] + d[p] + link.LagDays,
                    LinkType.SS => ES[p] + link.LagDays,
                    LinkType.FF => ES[p] + d[p] + link.LagDays - d[s],
                    _ => ES[p] + link.LagDays - d[s],
                };
                if (ES[s] < least)
                {
                    ES[s] = least;
                    changed = true;
                }
            }
        }

        EF = ES.Select((es, i) => es + d[i]).ToArray();
        ProjectFinish = n == 0 ? 0 : EF.Max();
        LF = Enumerable.Repeat(ProjectFinish, n).ToArray();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var link in links)
            {
                int p = index[link.PredecessorKey], s = index[link.SuccessorKey];
                var most = link.Type switch
                {
                    LinkType.FS => LF[s] - d[s] - link.LagDays,
                    LinkType.SS => LF[s] - d[s] - link.LagDays + d[p],
                    LinkType.FF => LF[s] - link.LagDays,
                    _ => LF[s] - link.LagDays + d[p],
                };
                if (LF[p] > most)
                {
                    LF[p] = most;
                    changed = true;
                }
            }
        }

        LS = LF.Select((lf, i) => lf - d[i]).ToArray();
    }

    public int[] ES { get; }

    public int[] EF { get; }

    public int[] LS { get; }

    public int[] LF { get; }

    public int ProjectFinish { get; }
}
