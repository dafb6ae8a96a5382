using System.Collections.Concurrent;
using System.Threading.Channels;

namespace TpmHub.Web.Features.Forecasts;

/// <summary>
/// The forecasts waiting to run and the ones running now: ids in order, each run's live progress (kept in memory, not
/// written per step) and its cancellation. One per app (a singleton); <see cref="ForecastRunner"/> reads it.
/// </summary>
public sealed class ForecastQueue
{
    private readonly Channel<Guid> _waiting = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, Live> _live = new();

    public ChannelReader<Guid> Waiting => _waiting.Reader;

    /// <summary>Queues a run; its cancellation exists from now on, so a cancel before it starts is not lost.</summary>
    public void Enqueue(Guid id)
    {
        _live.TryAdd(id, new Live());
        _waiting.Writer.TryWrite(id);
    }

    /// <summary>Asks a queued or running forecast to stop; false when this app is not running or holding it.</summary>
    public bool Cancel(Guid id)
    {
        if (!_live.TryGetValue(id, out var live))
        {
            return false;
        }

        live.Cancellation.Cancel();
        return true;
    }

    /// <summary>Iterations done so far by a run this app holds; null when it holds none.</summary>
    public int? ProgressOf(Guid id) => _live.TryGetValue(id, out var live) ? Volatile.Read(ref live.Done) : null;

    internal Live Take(Guid id) => _live.GetOrAdd(id, _ => new Live());

    internal void Finished(Guid id)
    {
        if (_live.TryRemove(id, out var live))
        {
            live.Cancellation.Dispose();
        }
    }

    internal sealed class Live
    {
        public CancellationTokenSource Cancellation { get; } = new();

        public int Done;
    }
}
