using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace TpmHub.IntegrationTests.Infrastructure;

/// <summary>Keeps every log event the app writes, rendered with its properties, so tests can search them.</summary>
public sealed class CapturingSink : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines.ToArray();

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var properties = string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"));
        _lines.Enqueue($"{logEvent.RenderMessage()} {properties} {logEvent.Exception}");
    }
}
