using TpmHub.Core.Common;

namespace TpmHub.Core.Schedule;

/// <summary>
/// A validated, compiled network: tasks as indexes in input order, outgoing links in compressed (CSR) form and one
/// topological order. It is immutable once compiled, so one instance serves any number of passes at once (the schedule
/// engine runs one pass pair over it; the forecast engine runs one per iteration on every worker, each with its own
/// duration and date arrays). The passes are in <c>ScheduleNetwork.Passes.cs</c>.
/// </summary>
internal sealed partial class ScheduleNetwork
{
    private ScheduleNetwork(string[] keys, Dictionary<string, int> indexOf, int[] duration, int[] floor,
        int[] outStart, int[] outTo, LinkType[] outType, int[] outLag, int[] order, int lastFinish)
    {
        Keys = keys;
        IndexOf = indexOf;
        Duration = duration;
        Floor = floor;
        OutStart = outStart;
        OutTo = outTo;
        OutType = outType;
        OutLag = outLag;
        Order = order;
        LastFinish = lastFinish;
    }

    /// <summary>Task keys in input order.</summary>
    public string[] Keys { get; }

    /// <summary>The index of each task key (ordinal).</summary>
    public IReadOnlyDictionary<string, int> IndexOf { get; }

    /// <summary>The planned durations, in working days, in input order.</summary>
    public int[] Duration { get; }

    /// <summary>The least early start of each task: 0, or the offset of its start-no-earlier-than date when later.</summary>
    public int[] Floor { get; }

    /// <summary>The outgoing links of task u are the slots [OutStart[u], OutStart[u + 1]) of the Out* arrays.</summary>
    public int[] OutStart { get; }

    public int[] OutTo { get; }

    public LinkType[] OutType { get; }

    public int[] OutLag { get; }

    /// <summary>Kahn's order: sources in input order, first in first out.</summary>
    public int[] Order { get; }

    /// <summary>
    /// The exclusive finish bound: working days in [Start, the day after <see cref="InputLimits.LatestDate"/>); a task whose
    /// finish offset exceeds it would be shown after the window's last date (−1 when the project starts after the window).
    /// </summary>
    public int LastFinish { get; }

    /// <summary>The number of tasks.</summary>
    public int Count => Keys.Length;

    /// <summary>
    /// Validates and compiles a network, with exactly the errors of <see cref="ScheduleEngine.Compute"/> before its passes:
    /// keys and durations on <see cref="ScheduleEngine.TasksField"/>; unknown tasks, link types and lags on
    /// <see cref="ScheduleEngine.DependenciesField"/>; a cycle as "Dependency cycle: A → B → A" on the same field.
    /// </summary>
    public static Result<ScheduleNetwork> Compile(WorkingCalendar calendar, IReadOnlyList<ScheduleTaskInput> tasks, IReadOnlyList<ScheduleLinkInput> links)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(links);

        var n = tasks.Count;
        var m = links.Count;
        var errors = new ValidationErrors();
        var indexOf = new Dictionary<string, int>(n, StringComparer.Ordinal);
        var keys = new string[n];
        var duration = new int[n];
        var floor = new int[n];
        for (var i = 0; i < n; i++)
        {
            var task = tasks[i];
            keys[i] = task.Key;
            if (string.IsNullOrWhiteSpace(task.Key))
            {
                errors.Add(ScheduleEngine.TasksField, $"Task {i + 1} has no key.");
            }
            else if (!indexOf.TryAdd(task.Key, i))
            {
                errors.Add(ScheduleEngine.TasksField, $"Task key {task.Key} is used by more than one task.");
            }

            if (task.DurationDays is < 0 or > ScheduleEngine.MaxDurationDays)
            {
                errors.Add(ScheduleEngine.TasksField, $"Task {task.Key} must last 0–{ScheduleEngine.MaxDurationDays} working days.");
            }

            duration[i] = task.DurationDays;
            floor[i] = task.StartNoEarlierThan is { } snet ? Math.Max(0, calendar.OffsetOnOrAfter(snet)) : 0;
        }

        var from = new int[m];
        var to = new int[m];
        for (var l = 0; l < m; l++)
        {
            var link = links[l];
            from[l] = LinkEnd(link.PredecessorKey);
            to[l] = LinkEnd(link.SuccessorKey);
            if (from[l] < 0 || to[l] < 0)
            {
                var unknown = from[l] < 0 ? link.PredecessorKey : link.SuccessorKey;
                errors.Add(ScheduleEngine.DependenciesField, $"Dependency {link.PredecessorKey} → {link.SuccessorKey} names an unknown task {unknown}.");
            }

            if (!Enum.IsDefined(link.Type))
            {
                errors.Add(ScheduleEngine.DependenciesField, $"Dependency {link.PredecessorKey} → {link.SuccessorKey} has an unknown type; use FS, SS, FF or SF.");
            }

            if (link.LagDays is < -ScheduleEngine.MaxLagDays or > ScheduleEngine.MaxLagDays)
            {
                errors.Add(ScheduleEngine.DependenciesField,
                    $"Dependency {link.PredecessorKey} → {link.SuccessorKey} has a lag beyond ±{ScheduleEngine.MaxLagDays} working days.");
            }
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        // Outgoing links in CSR form: the links of task u are [outStart[u], outStart[u + 1]).
        var outStart = new int[n + 1];
        var inDegree = new int[n];
        for (var l = 0; l < m; l++)
        {
            outStart[from[l] + 1]++;
            inDegree[to[l]]++;
        }

        for (var u = 0; u < n; u++)
        {
            outStart[u + 1] += outStart[u];
        }

        var next = new int[n];
        Array.Copy(outStart, next, n);
        var outTo = new int[m];
        var outType = new LinkType[m];
        var outLag = new int[m];
        for (var l = 0; l < m; l++)
        {
            var slot = next[from[l]]++;
            var link = links[l];
            outTo[slot] = to[l];
            outType[slot] = link.Type;
            outLag[slot] = link.LagDays;
        }

        // Kahn: sources in input order, first in first out.
        var order = new int[n];
        var tail = 0;
        for (var u = 0; u < n; u++)
        {
            if (inDegree[u] == 0)
            {
                order[tail++] = u;
            }
        }

        for (var head = 0; head < tail; head++)
        {
            var u = order[head];
            for (var e = outStart[u]; e < outStart[u + 1]; e++)
            {
                if (--inDegree[outTo[e]] == 0)
                {
                    order[tail++] = outTo[e];
                }
            }
        }

        if (tail < n)
        {
            var cycle = ScheduleEngine.FindResidualCycle(tasks, from, to, inDegree);
            var message = ScheduleEngine.DescribeCycle(cycle);
            return new Error(ErrorKind.Validation, message, new Dictionary<string, string[]> { [ScheduleEngine.DependenciesField] = [message] });
        }

        // Every finish offset is held at or below this bound, so every shown date (offset finish − 1 at the latest) lies on or
        // before the last date, and no offset overflows.
        var lastFinish = calendar.Start > InputLimits.LatestDate ? -1 : calendar.OffsetOnOrAfter(InputLimits.LatestDate.AddDays(1));
        return new ScheduleNetwork(keys, indexOf, duration, floor, outStart, outTo, outType, outLag, order, lastFinish);

        int LinkEnd(string? key) => key is not null && indexOf.TryGetValue(key, out var index) ? index : -1;
    }

    /// <summary>The error of a task that would finish after <see cref="InputLimits.LatestDate"/>, on <see cref="ScheduleEngine.WindowField"/>.</summary>
    public Error WindowError(int task, string? prefix = null)
    {
        var message = $"{prefix}{Keys[task]} would finish after {InputLimits.LatestDate:yyyy-MM-dd}, the last date a schedule may reach.";
        return new Error(ErrorKind.Validation, message, new Dictionary<string, string[]> { [ScheduleEngine.WindowField] = [message] });
    }
}
