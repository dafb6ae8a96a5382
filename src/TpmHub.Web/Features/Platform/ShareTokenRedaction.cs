using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace TpmHub.Web.Features.Platform;

/// <summary>
/// Takes share-link tokens out of every log event: a share link's token travels in its path (<c>/share/{token}</c>), and
/// ASP.NET Core puts the request path into the scope of anything logged during the request.
/// </summary>
public sealed partial class ShareTokenRedaction : ILogEventEnricher
{
    [GeneratedRegex("/share/[A-Za-z0-9_-]+", RegexOptions.IgnoreCase)]
    private static partial Regex SharePath();

    public static string Redact(string text) => SharePath().Replace(text, "/share/…");

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && text.Contains("/share/", StringComparison.OrdinalIgnoreCase))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(Redact(text))));
            }
        }
    }
}
