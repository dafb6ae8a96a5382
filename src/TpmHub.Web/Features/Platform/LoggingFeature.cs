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
                .Enrich.FromLogContext();
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

    /// <summary>One line per request. Only the path is logged (no query string, no headers), so tokens never reach a log.</summary>
    public static WebApplication UseTpmHubRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (http, _, ex) => ex is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
                : http.Request.Path.StartsWithSegments("/_blazor") || http.Request.Path.StartsWithSegments("/_framework")
                    || http.Request.Path.StartsWithSegments("/_content") || http.Request.Path.StartsWithSegments("/health")
                    ? LogEventLevel.Debug : LogEventLevel.Information;
        });
        return app;
    }
}
