using TpmHub.Core.Common;
using TpmHub.Core.Schedule;

namespace TpmHub.Core.Forecasts;

/// <summary>
/// Monte Carlo forecasts of a project's finish and cost over its three-point estimates and open risks, scheduled exactly as
/// <see cref="ScheduleEngine"/> schedules (decision 0015).
/// </summary>
/// <remarks>
/// <para>
/// <b>Durations.</b> An item with an estimate (O, M, P) samples from it; one without takes the default spread around its
/// planned duration d: O = d × (1 − low/100), M = d, P = d × (1 + high/100). The distribution is triangular or PERT
/// (<see cref="ForecastDistribution"/>). A sample is rounded up to whole working days (a sample within 10⁻⁹ of a whole
/// number counts as that number), so an item without spread (O = P) lasts exactly ⌈M⌉ — its planned duration d under the
/// default spread, 0 for a milestone without an estimate.
/// </para>
/// <para>
/// <b>Risks.</b> In each iteration each risk occurs with its probability; when it does, its schedule impact is added to the
/// (rounded) duration of every linked item, and its cost impact once to the iteration's cost.
/// </para>
/// <para>
/// <b>Schedule.</b> Each iteration runs the schedule engine's own forward and backward passes (<see cref="ScheduleNetwork"/>)
/// over the iteration's durations: all link types with lags and leads, the calendar, start-no-earlier-than dates. Its
/// finish is the project finish offset; an item is critical in it when its total float is 0. An iteration that would run
/// past <see cref="InputLimits.LatestDate"/> fails the forecast with the schedule engine's window error (field
/// <see cref="ScheduleEngine.WindowField"/>), naming the task of the lowest-numbered such iteration.
/// </para>
/// <para>
/// <b>Cost.</b> An iteration's cost = Σ budget × sampled duration / planned duration over the items (an item planned at 0
/// days keeps its budget) + the cost impacts of the risks that occurred. The sampled duration here is the whole-day sample
/// before risk days are added: a risk's delay costs only its cost impact, so a risk's money is never counted twice.
/// </para>
/// <para>
/// <b>Reproducibility.</b> Iterations run in fixed chunks of <see cref="ChunkIterations"/>; chunk c draws from its own
/// xoshiro256** generator seeded from (seed, c) (<see cref="ChunkSeed"/>), and each iteration's finish and cost are stored at
/// its index. Workers share chunks out as they come, but every tally is an integer sum, so the same input and seed give the
/// same result bit for bit whatever the number of workers or the timing.
/// </para>
/// </remarks>
public static partial class ForecastEngine
{
    /// <summary>The fewest iterations a run takes.</summary>
    public const int MinIterations = 100;

    /// <summary>The most iterations a run takes.</summary>
    public const int MaxIterations = 100_000;

    /// <summary>Iterations per chunk: the unit of seeding, of sharing out to workers, of progress and of cancellation.</summary>
    public const int ChunkIterations = 100;

    /// <summary>
    /// Runs a forecast. Synchronous and CPU-bound on up to <see cref="ForecastInput.Workers"/> threads (the caller moves it
    /// off a request thread). Fails with field-named validation errors (see <see cref="Validate"/>), the schedule engine's
    /// errors for the network (unknown tasks, lags, cycles), or its window error.
    /// </summary>
    /// <param name="progress">
    /// Told the iterations done after whole chunks, at most about a hundred times a run, in increasing order; it is called on
    /// a worker thread (<see cref="Progress{T}"/> posts it to the caller's context).
    /// </param>
    /// <param name="cancellationToken">
    /// Checked before each chunk: once it is cancelled no further chunk starts, and the result comes back with
    /// <see cref="ForecastResult.Cancelled"/> set and statistics over the chunks finished (at least one).
    /// </param>
    public static Result<ForecastResult> Run(ForecastInput input, IProgress<ForecastProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = Validate(input);
        if (errors.Any)
        {
            return errors.ToError();
        }

        var tasks = new ScheduleTaskInput[input.Items.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            var item = input.Items[i];
            tasks[i] = new ScheduleTaskInput(item.Key, item.DurationDays, item.StartNoEarlierThan);
        }

        var compiled = ScheduleNetwork.Compile(input.Calendar, tasks, input.Links);
        if (!compiled.IsSuccess)
        {
            return compiled.Error!;
        }

        var network = compiled.Value!;
        var n = network.Count;
        var late = network.Forward(network.Duration, new int[n], new int[n], out var criticalPathFinish);
        if (late >= 0)
        {
            return network.WindowError(late);
        }

        var model = new ForecastModel(input, network);
        var iterations = input.Iterations;
        var finish = new int[iterations];
        var costDelta = new double[iterations];
        var chunkCount = (iterations + ChunkIterations - 1) / ChunkIterations;
        var chunkDone = new bool[chunkCount];
        var total = new ForecastTally(n, model.Sampled.Length, model.RiskKeys.Length);
        var breach = (Iteration: -1, Task: -1);
        var gate = new Lock();
        var done = 0;
        var reported = 0;
        var reportEvery = Math.Max(ChunkIterations, iterations / 100);
        var options = new ParallelOptions { MaxDegreeOfParallelism = input.Workers ?? Environment.ProcessorCount };

        Parallel.For(0, chunkCount, options, () => new ForecastWorker(model, input.Seed, criticalPathFinish), (chunk, loop, worker) =>
        {
            // A cancelled run still finishes one chunk, so that a cancelled result is never empty.
            if (cancellationToken.IsCancellationRequested && Volatile.Read(ref done) > 0)
            {
                loop.Stop();
                return worker;
            }

            var first = chunk * ChunkIterations;
            var count = Math.Min(ChunkIterations, iterations - first);
            worker.RunChunk(chunk, first, count, finish, costDelta);
            lock (gate)
            {
                chunkDone[chunk] = true;
                done += count;
                if (progress is not null && (done - reported >= reportEvery || done == iterations))
                {
                    reported = done;
                    progress.Report(new ForecastProgress(done, iterations));
                }
            }

            return worker;
        }, worker =>
        {
            lock (gate)
            {
                total.Add(worker.Tally);
                var b = worker.WindowBreach;
                if (b.Iteration >= 0 && (breach.Iteration < 0 || b.Iteration < breach.Iteration))
                {
                    breach = b;
                }
            }
        });

        if (breach.Iteration >= 0)
        {
            return network.WindowError(breach.Task, $"In forecast iteration {breach.Iteration + 1}, ");
        }

        var cancelled = done < iterations;
        if (cancelled)
        {
            (finish, costDelta) = Completed(chunkDone, finish, costDelta, done);
        }

        return Summarise(input, model, criticalPathFinish, total, finish, costDelta, cancelled);
    }

    /// <summary>
    /// The seed of chunk <paramref name="chunk"/>'s generator: SplitMix64's finaliser over (seed, chunk), folded to the
    /// 32 bits MathNet's generator takes (which then expands them to its 256-bit state with SplitMix64).
    /// </summary>
    public static int ChunkSeed(int seed, int chunk)
    {
        var z = ((ulong)(uint)seed << 32 | (uint)chunk) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z ^ (z >> 32));
    }

    /// <summary>The finish offsets and costs of the chunks that finished, in chunk order.</summary>
    private static (int[] Finish, double[] CostDelta) Completed(bool[] chunkDone, int[] finish, double[] costDelta, int done)
    {
        var keptFinish = new int[done];
        var keptCost = new double[done];
        var at = 0;
        for (var chunk = 0; chunk < chunkDone.Length; chunk++)
        {
            if (!chunkDone[chunk])
            {
                continue;
            }

            var first = chunk * ChunkIterations;
            var count = Math.Min(ChunkIterations, finish.Length - first);
            Array.Copy(finish, first, keptFinish, at, count);
            Array.Copy(costDelta, first, keptCost, at, count);
            at += count;
        }

        return (keptFinish, keptCost);
    }
}
