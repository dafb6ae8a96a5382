using TpmHub.Core.Common;

namespace TpmHub.Core.Schedule;

/// <summary>
/// The critical path method over a network of tasks and dependencies, in working days of a <see cref="WorkingCalendar"/>.
/// </summary>
/// <remarks>
/// <para>
/// Time: a task of duration d starting at offset s works offsets s … s+d−1 and finishes at EF = s+d (exclusive).
/// </para>
/// <para>
/// Forward pass (early dates), in topological order: ES = the least start with ES ≥ 0, ES ≥ the offset of its
/// start-no-earlier-than date, and for every incoming link with lag L:
/// FS ES ≥ pred.EF + L; SS ES ≥ pred.ES + L; FF EF ≥ pred.EF + L; SF EF ≥ pred.ES + L; EF = ES + d.
/// Project finish PF = max EF (0 with no tasks).
/// </para>
/// <para>
/// Backward pass (late dates), in reverse topological order: LF = the greatest finish with LF ≤ PF and for every
/// outgoing link with lag L: FS LF ≤ succ.LS − L; SS LS ≤ succ.LS − L; FF LF ≤ succ.LF − L; SF LS ≤ succ.LF − L;
/// LS = LF − d. Total float TF = LS − ES (never negative); critical ⇔ TF = 0.
/// </para>
/// <para>
/// Free float (DESIGN.md, to the letter) = the least slack of the outgoing links, the slack of a link being
/// FS succ.ES − (EF + L); SS succ.ES − (ES + L); FF succ.EF − (EF + L); SF succ.EF − (ES + L);
/// for a task without successors, PF − EF. With SS/SF links, leads or start constraints on a successor this
/// can exceed total float (the finish, not a successor, is then what limits the task); see decision 0002.
/// </para>
/// <para>Both passes are O(V + E) over int-indexed arrays with compressed (CSR) adjacency.</para>
/// </remarks>
public static partial class ScheduleEngine
{
    /// <summary>The validation field of errors about the tasks (keys, durations, dates).</summary>
    public const string TasksField = "tasks";

    /// <summary>The validation field of errors about the dependencies (unknown tasks, lags, cycles).</summary>
    public const string DependenciesField = "dependencies";

    /// <summary>
    /// The validation field of a schedule that would leave the window of dates (<see cref="InputLimits.LatestDate"/>): a write
    /// that leads to it is refused, naming its own field (duration, lag, start constraint, holidays) with this field's message.
    /// </summary>
    public const string WindowField = "window";

    /// <summary>The longest task duration the engine takes, in working days (a guard; inputs are held to <see cref="InputLimits"/>).</summary>
    public const int MaxDurationDays = 100_000;

    /// <summary>The largest lag or lead the engine takes, in working days either way (a guard; inputs are held to <see cref="InputLimits"/>).</summary>
    public const int MaxLagDays = 100_000;

    /// <summary>
    /// Computes early and late dates, floats and the critical path. Fails with a validation error when a task key is
    /// empty or repeated, a duration is negative or too long (field <see cref="TasksField"/>), a link names an unknown
    /// task, has an unknown type or too large a lag, or the links contain a cycle (field <see cref="DependenciesField"/>;
    /// for a cycle the error's message and field message are "Dependency cycle: A → B → A"), or a task would finish after
    /// <see cref="InputLimits.LatestDate"/> (field <see cref="WindowField"/>): every computed date lies in the window.
    /// </summary>
    public static Result<ScheduleResult> Compute(WorkingCalendar calendar, IReadOnlyList<ScheduleTaskInput> tasks, IReadOnlyList<ScheduleLinkInput> links)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(links);

        var n = tasks.Count;
        var m = links.Count;
        var errors = new ValidationErrors();
        var indexOf = new Dictionary<string, int>(n, StringComparer.Ordinal);
        var duration = new int[n];
        var earlyStart = new int[n];
        for (var i = 0; i < n; i++)
        {
            var task = tasks[i];
            if (string.IsNullOrWhiteSpace(task.Key))
            {
                errors.Add(TasksField, $"Task {i + 1} has no key.");
            }
            else if (!indexOf.TryAdd(task.Key, i))
            {
                errors.Add(TasksField, $"Task key {task.Key} is used by more than one task.");
            }

            if (task.DurationDays is < 0 or > MaxDurationDays)
            {
                errors.Add(TasksField, $"Task {task.Key} must last 0–{MaxDurationDays} working days.");
            }

            duration[i] = task.DurationDays;
            earlyStart[i] = task.StartNoEarlierThan is { } snet ? Math.Max(0, calendar.OffsetOnOrAfter(snet)) : 0;
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
                errors.Add(DependenciesField, $"Dependency {link.PredecessorKey} → {link.SuccessorKey} names an unknown task {unknown}.");
            }

            if (!Enum.IsDefined(link.Type))
            {
                errors.Add(DependenciesField, $"Dependency {link.PredecessorKey} → {link.SuccessorKey} has an unknown type; use FS, SS, FF or SF.");
            }

            if (link.LagDays is < -MaxLagDays or > MaxLagDays)
            {
                errors.Add(DependenciesField, $"Dependency {link.PredecessorKey} → {link.SuccessorKey} has a lag beyond ±{MaxLagDays} working days.");
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
            var cycle = FindResidualCycle(tasks, from, to, inDegree);
            var message = DescribeCycle(cycle);
            return new Error(ErrorKind.Validation, message, new Dictionary<string, string[]> { [DependenciesField] = [message] });
        }

        // Forward pass: when u comes up all its predecessors are done, so its early start is final; push its bounds on.
        var earlyFinish = new int[n];
        var projectFinish = 0;
        // The exclusive finish bound: working days in [Start, the day after the window's last date); every finish offset stays at or
        // below it, so every shown date (offset finish − 1 at the latest) lies on or before the last date, and no offset overflows.
        var lastFinish = calendar.Start > InputLimits.LatestDate ? -1 : calendar.OffsetOnOrAfter(InputLimits.LatestDate.AddDays(1));
        for (var k = 0; k < n; k++)
        {
            var u = order[k];
            var es = earlyStart[u];
            var ef = es + duration[u];
            if (ef > lastFinish)
            {
                var message = $"{tasks[u].Key} would finish after {InputLimits.LatestDate:yyyy-MM-dd}, the last date a schedule may reach.";
                return new Error(ErrorKind.Validation, message, new Dictionary<string, string[]> { [WindowField] = [message] });
            }

            earlyFinish[u] = ef;
            if (ef > projectFinish)
            {
                projectFinish = ef;
            }

            for (var e = outStart[u]; e < outStart[u + 1]; e++)
            {
                var v = outTo[e];
                var bound = outType[e] switch
                {
                    LinkType.FS => ef + outLag[e],
                    LinkType.SS => es + outLag[e],
                    LinkType.FF => ef + outLag[e] - duration[v],
                    _ => es + outLag[e] - duration[v],
                };
                if (bound > earlyStart[v])
                {
                    earlyStart[v] = bound;
                }
            }
        }

        // Backward pass: when u comes up all its successors are done; pull the tightest bound, and the least slack.
        var lateStart = new int[n];
        var lateFinish = new int[n];
        var freeFloat = new int[n];
        for (var k = n - 1; k >= 0; k--)
        {
            var u = order[k];
            var es = earlyStart[u];
            var ef = earlyFinish[u];
            var d = duration[u];
            var lf = projectFinish;
            // DESIGN.md, to the letter: the least slack to a successor's early dates; to the project finish only without successors.
            var ff = outStart[u] == outStart[u + 1] ? projectFinish - ef : int.MaxValue;
            for (var e = outStart[u]; e < outStart[u + 1]; e++)
            {
                var v = outTo[e];
                var lag = outLag[e];
                int bound, slack;
                switch (outType[e])
                {
                    case LinkType.FS:
                        bound = lateStart[v] - lag;
                        slack = earlyStart[v] - ef - lag;
                        break;
                    case LinkType.SS:
                        bound = lateStart[v] - lag + d;
                        slack = earlyStart[v] - es - lag;
                        break;
                    case LinkType.FF:
                        bound = lateFinish[v] - lag;
                        slack = earlyFinish[v] - ef - lag;
                        break;
                    default:
                        bound = lateFinish[v] - lag + d;
                        slack = earlyFinish[v] - es - lag;
                        break;
                }

                if (bound < lf)
                {
                    lf = bound;
                }

                if (slack < ff)
                {
                    ff = slack;
                }
            }

            lateFinish[u] = lf;
            lateStart[u] = lf - d;
            freeFloat[u] = ff;
        }

        var scheduled = new ScheduledTask[n];
        var criticalCount = 0;
        for (var u = 0; u < n; u++)
        {
            var totalFloat = lateStart[u] - earlyStart[u];
            if (totalFloat == 0)
            {
                criticalCount++;
            }

            var d = duration[u];
            scheduled[u] = new ScheduledTask(
                tasks[u].Key, d, earlyStart[u], earlyFinish[u], lateStart[u], lateFinish[u], totalFloat, freeFloat[u], totalFloat == 0,
                StartDate(calendar, earlyStart[u], d), FinishDate(calendar, earlyStart[u], d),
                StartDate(calendar, lateStart[u], d), FinishDate(calendar, lateStart[u], d));
        }

        // Critical keys by early start, then input order: sort (ES, index) packed into one long.
        var byStart = new long[criticalCount];
        var c = 0;
        for (var u = 0; u < n; u++)
        {
            if (lateStart[u] == earlyStart[u])
            {
                byStart[c++] = ((long)earlyStart[u] << 32) | (uint)u;
            }
        }

        Array.Sort(byStart);
        var criticalPath = new string[criticalCount];
        for (var i = 0; i < criticalCount; i++)
        {
            criticalPath[i] = tasks[(int)(byStart[i] & 0xFFFF_FFFF)].Key;
        }

        var finishDate = projectFinish > 0 ? calendar.DateOf(projectFinish - 1) : calendar.Start;
        return new ScheduleResult(calendar.Start, projectFinish, finishDate, scheduled, criticalPath);

        int LinkEnd(string? key) => key is not null && indexOf.TryGetValue(key, out var index) ? index : -1;
    }

    /// <summary>The shown start date: the date of offset s; a milestone (d = 0) shows on offset s−1 when s &gt; 0.</summary>
    private static DateOnly StartDate(WorkingCalendar calendar, int start, int duration) =>
        calendar.DateOf(duration == 0 && start > 0 ? start - 1 : start);

    /// <summary>The shown finish date: the date of the last working offset s+d−1; a milestone shows on its start date.</summary>
    private static DateOnly FinishDate(WorkingCalendar calendar, int start, int duration) =>
        duration == 0 ? StartDate(calendar, start, 0) : calendar.DateOf(start + duration - 1);
}
