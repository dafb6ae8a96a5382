using MathNet.Numerics.Random;

namespace TpmHub.Core.Forecasts;

/// <summary>
/// One worker's arrays, reused for every iteration it runs (nothing about the network is allocated per iteration), and
/// its running tallies. Tallies are integer sums, so adding the workers' tallies gives the same totals however the chunks
/// were shared out: the result does not depend on the number of workers or on timing.
/// </summary>
internal sealed class ForecastWorker
{
    private readonly ForecastModel _model;
    private readonly int _seed;
    private readonly int _criticalPathFinish;
    private readonly int[] _duration;
    private readonly int[] _sampledDuration;
    private readonly bool[] _high;
    private readonly bool[] _occurred;
    private readonly int[] _earlyStart;
    private readonly int[] _earlyFinish;
    private readonly int[] _lateStart;
    private readonly int[] _lateFinish;

    public ForecastWorker(ForecastModel model, int seed, int criticalPathFinish)
    {
        _model = model;
        _seed = seed;
        _criticalPathFinish = criticalPathFinish;
        var n = model.Network.Count;
        var s = model.Sampled.Length;
        var r = model.RiskKeys.Length;
        _duration = new int[n];
        _earlyStart = new int[n];
        _earlyFinish = new int[n];
        _lateStart = new int[n];
        _lateFinish = new int[n];
        _sampledDuration = new int[s];
        _high = new bool[s];
        _occurred = new bool[r];
        Tally = new ForecastTally(n, s, r);
    }

    public ForecastTally Tally { get; }

    /// <summary>The first iteration (lowest index) this worker found running past the window, and its task; −1 when none.</summary>
    public (int Iteration, int Task) WindowBreach { get; private set; } = (-1, -1);

    /// <summary>
    /// Runs iterations [<paramref name="first"/>, <paramref name="first"/> + <paramref name="count"/>) of chunk
    /// <paramref name="chunk"/> with the chunk's own generator, writing each one's finish offset and cost delta at its index.
    /// </summary>
    public void RunChunk(int chunk, int first, int count, int[] finish, double[] costDelta)
    {
        var model = _model;
        var network = model.Network;
        var sampled = model.Sampled;
        var planned = network.Duration;
        var rate = model.Rate;
        var mean = model.Mean;
        var riskProbability = model.RiskProbability;
        var riskImpact = model.RiskImpact;
        var riskCost = model.RiskCost;
        var riskItemStart = model.RiskItemStart;
        var riskItems = model.RiskItems;
        var duration = _duration;
        var random = new Xoshiro256StarStar(ForecastEngine.ChunkSeed(_seed, chunk), threadSafe: false);

        for (var it = first; it < first + count; it++)
        {
            // Draws in a fixed order: the sampled items in input order, then the risks in input order.
            model.BaseDuration.CopyTo(duration, 0);
            var cost = model.FixedCostDelta;
            for (var k = 0; k < sampled.Length; k++)
            {
                var raw = model.Sample(random, k);
                var d = Math.Min(ForecastModel.CeilDays(raw), ForecastModel.SaturatedDays);
                var i = sampled[k];
                duration[i] = d;
                _sampledDuration[k] = d;
                _high[k] = raw > mean[k];
                cost += rate[k] * (d - planned[i]);
            }

            for (var r = 0; r < riskProbability.Length; r++)
            {
                var p = riskProbability[r];
                var occurred = p >= 1 || (p > 0 && random.NextDouble() < p);
                _occurred[r] = occurred;
                if (!occurred)
                {
                    continue;
                }

                cost += riskCost[r];
                for (var e = riskItemStart[r]; e < riskItemStart[r + 1]; e++)
                {
                    var i = riskItems[e];
                    duration[i] = Math.Min(duration[i] + riskImpact[r], ForecastModel.SaturatedDays);
                }
            }

            var late = network.Forward(duration, _earlyStart, _earlyFinish, out var projectFinish);
            if (late >= 0)
            {
                if (WindowBreach.Iteration < 0 || it < WindowBreach.Iteration)
                {
                    WindowBreach = (it, late);
                }

                finish[it] = 0;
                costDelta[it] = 0;
                continue;
            }

            network.Backward(duration, _earlyStart, _earlyFinish, projectFinish, _lateStart, _lateFinish, null);
            finish[it] = projectFinish;
            costDelta[it] = cost;
            Count(projectFinish - _criticalPathFinish, planned);
        }
    }

    /// <summary>Adds one iteration (finish <paramref name="y"/> working days after the critical-path finish) to the tallies.</summary>
    private void Count(long y, int[] planned)
    {
        var tally = Tally;
        tally.Iterations++;
        tally.SumY += y;
        tally.SumYY += y * y;
        var earlyStart = _earlyStart;
        var lateStart = _lateStart;
        var critical = tally.Critical;
        for (var i = 0; i < critical.Length; i++)
        {
            if (lateStart[i] == earlyStart[i])
            {
                critical[i]++;
            }
        }

        var sampled = _model.Sampled;
        for (var k = 0; k < sampled.Length; k++)
        {
            // Durations shifted by the plan keep the sums small; the correlation does not change with a shift.
            long x = _sampledDuration[k] - planned[sampled[k]];
            tally.SumX[k] += x;
            tally.SumXX[k] += x * x;
            tally.SumXY[k] += x * y;
            if (_high[k])
            {
                tally.HighCount[k]++;
                tally.HighSumY[k] += y;
            }
        }

        for (var r = 0; r < _occurred.Length; r++)
        {
            if (_occurred[r])
            {
                tally.RiskCount[r]++;
                tally.RiskSumY[r] += y;
            }
        }
    }
}
