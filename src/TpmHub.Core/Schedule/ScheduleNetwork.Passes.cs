namespace TpmHub.Core.Schedule;

/// <summary>
/// The forward and backward passes of the critical path method (the formulas are on <see cref="ScheduleEngine"/>), over
/// durations the caller gives: the planned ones for a schedule, sampled ones for a forecast iteration. They allocate
/// nothing; every array is the caller's and has one slot per task.
/// </summary>
internal sealed partial class ScheduleNetwork
{
    /// <summary>
    /// Early dates in topological order. Returns −1 with <paramref name="projectFinish"/> = the latest early finish (0 with
    /// no tasks), or, as soon as a task would finish past <see cref="LastFinish"/>, that task's index (the dates are then
    /// incomplete).
    /// </summary>
    public int Forward(int[] duration, int[] earlyStart, int[] earlyFinish, out int projectFinish)
    {
        var outStart = OutStart;
        var outTo = OutTo;
        var outType = OutType;
        var outLag = OutLag;
        var order = Order;
        var lastFinish = LastFinish;
        Array.Copy(Floor, earlyStart, Floor.Length);
        projectFinish = 0;

        // When u comes up all its predecessors are done, so its early start is final; push its bounds on.
        for (var k = 0; k < order.Length; k++)
        {
            var u = order[k];
            var es = earlyStart[u];
            var ef = es + duration[u];
            if (ef > lastFinish)
            {
                return u;
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

        return -1;
    }

    /// <summary>
    /// Late dates in reverse topological order from <paramref name="projectFinish"/>, after <see cref="Forward"/> succeeded
    /// with the same durations. Free float (DESIGN.md, to the letter) is written only when <paramref name="freeFloat"/> is
    /// given; total float is late start − early start.
    /// </summary>
    public void Backward(int[] duration, int[] earlyStart, int[] earlyFinish, int projectFinish,
        int[] lateStart, int[] lateFinish, int[]? freeFloat)
    {
        var outStart = OutStart;
        var outTo = OutTo;
        var outType = OutType;
        var outLag = OutLag;
        var order = Order;
        var withFree = freeFloat is not null;

        // When u comes up all its successors are done; pull the tightest bound, and the least slack.
        for (var k = order.Length - 1; k >= 0; k--)
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
            if (withFree)
            {
                freeFloat![u] = ff;
            }
        }
    }
}
