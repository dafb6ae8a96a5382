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
/// <para>
/// Both passes are O(V + E) over int-indexed arrays with compressed (CSR) adjacency; they live in <see cref="ScheduleNetwork"/>,
/// which the forecast engine runs too, so a forecast iteration schedules exactly as this engine does.
/// </para>
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
        var compiled = ScheduleNetwork.Compile(calendar, tasks, links);
        if (!compiled.IsSuccess)
        {
            return compiled.Error!;
        }

        var network = compiled.Value!;
        var n = network.Count;
        var duration = network.Duration;
        var earlyStart = new int[n];
        var earlyFinish = new int[n];
        var late = network.Forward(duration, earlyStart, earlyFinish, out var projectFinish);
        if (late >= 0)
        {
            return network.WindowError(late);
        }

        var lateStart = new int[n];
        var lateFinish = new int[n];
        var freeFloat = new int[n];
        network.Backward(duration, earlyStart, earlyFinish, projectFinish, lateStart, lateFinish, freeFloat);

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

        return new ScheduleResult(calendar.Start, projectFinish, FinishDateOf(calendar, projectFinish), scheduled, criticalPath);
    }

    /// <summary>
    /// The shown date of a project finish offset: the date of offset <paramref name="projectFinish"/>−1 (the last working
    /// day), or the start date when it is 0, as <see cref="ScheduleResult.ProjectFinishDate"/>.
    /// </summary>
    public static DateOnly FinishDateOf(WorkingCalendar calendar, int projectFinish)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return projectFinish > 0 ? calendar.DateOf(projectFinish - 1) : calendar.Start;
    }

    /// <summary>The shown start date: the date of offset s; a milestone (d = 0) shows on offset s−1 when s &gt; 0.</summary>
    private static DateOnly StartDate(WorkingCalendar calendar, int start, int duration) =>
        calendar.DateOf(duration == 0 && start > 0 ? start - 1 : start);

    /// <summary>The shown finish date: the date of the last working offset s+d−1; a milestone shows on its start date.</summary>
    private static DateOnly FinishDate(WorkingCalendar calendar, int start, int duration) =>
        duration == 0 ? StartDate(calendar, start, 0) : calendar.DateOf(start + duration - 1);
}
