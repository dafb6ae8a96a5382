using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace TpmHub.Web.Features.Platform;

public static class LoggingFeature
{
    /// <summary>
    /// Serilog through <c>AddSerilog((services, lc) => …)</c>, never a bootstrap logger: tests start the app
    /// several times in one process. Structured console output; compact JSON in Production.
    /// </summary>
    public static WebApplicationBuilder AddTpmHubLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var json = builder.Environment.IsProduction();
        builder.Services.AddSerilog((services, lc) =>
        {
            lc.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .Enrich.With<ShareTokenRedaction>()
                .Filter.ByExcluding(IsMigrationHistoryProbe);
            if (json)
            {
                lc.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                lc.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
            }
        });
        return builder;
    }

    /// <summary>
    /// EF's migrator reads the history table before it knows whether it exists, and logs the "relation does not exist"
    /// answer as an error (dotnet/efcore#37328): on a fresh database the first <c>./tpmhub run</c> printed an ERR line
    /// for nothing. Only that one command's failure event is dropped (EF logs it without the exception, so the command
    /// is what identifies it); any other failed command is still logged, and a migration that really fails still throws.
    /// </summary>
    public static bool IsMigrationHistoryProbe(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        return logEvent.Level >= LogEventLevel.Error
            && logEvent.Properties.TryGetValue("SourceContext", out var source)
            && source is ScalarValue { Value: "Microsoft.EntityFrameworkCore.Database.Command" }
            && logEvent.Properties.TryGetValue("commandText", out var command)
            && command is ScalarValue { Value: string text }
            && text.StartsWith("SELECT migration_id, product_version", StringComparison.Ordinal)
            && text.Contains("FROM __ef_migrations_history", StringComparison.Ordinal);
    }

    /// <summary>
    /// One line per request. Only the path is logged (no query string, no headers); a share link's token is taken out of
    /// it, as out of every event, by <see cref="ShareTokenRedaction"/>, so tokens never reach a log.
    /// </summary>
    public static WebApplication UseTpmHubRequestLogging(this WebApplication app)
    {
        // This host's own logger: without it the middleware writes through the static Log.Logger, which the last host
        // started in the process owns (tests start several), so request lines went to another host's sinks.
        var logger = app.Services.GetService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (http, _, ex) => ex is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
                : http.Request.Path.StartsWithSegments("/_blazor") || http.Request.Path.StartsWithSegments("/_framework")
                    || http.Request.Path.StartsWithSegments("/_content") || http.Request.Path.StartsWithSegments("/health")
                    ? LogEventLevel.Debug : LogEventLevel.Information;
        });
        return app;
    }
}
