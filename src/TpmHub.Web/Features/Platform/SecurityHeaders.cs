using Scalar.AspNetCore;

namespace TpmHub.Web.Features.Platform;

/// <summary>
/// The headers every answer carries. The Content-Security-Policy allows scripts only from this server (no inline script,
/// no eval: Blazor Server and MudBlazor need neither), styles from this server plus inline styles (MudBlazor sets style
/// attributes and a theme &lt;style&gt;), and connections only back to this server (the circuit's WebSocket included).
/// The API reference page (Scalar) starts itself with one inline module; it gets a per-request nonce, never
/// 'unsafe-inline'. API answers are never stored: they hold the caller's data (the RAID CSV export too).
/// </summary>
public static class SecurityHeaders
{
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>The policy for an answer to <paramref name="request"/>; <paramref name="nonce"/> admits one page's own inline scripts.</summary>
    public static string ContentSecurityPolicy(HttpRequest request, string? nonce = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var script = nonce is null ? "'self'" : $"'self' 'nonce-{nonce}'";
        // 'self' covers the circuit's WebSocket in CSP Level 3 browsers; the explicit ws(s) source covers older ones.
        var socket = (request.IsHttps ? "wss://" : "ws://") + request.Host.Value;
        return $"default-src 'self'; script-src {script}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
               $"font-src 'self' data:; connect-src 'self' {socket}; object-src 'none'; base-uri 'self'; form-action 'self'; " +
               "frame-ancestors 'self'";
    }

    public static WebApplication UseTpmHubSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var nonce = context.Items.TryGetValue(ScalarOptions.NonceHttpContextItemKey, out var value) ? value as string : null;
                // Replaces Blazor's own "frame-ancestors 'self'": two policies would both apply.
                headers.ContentSecurityPolicy = ContentSecurityPolicy(context.Request, nonce);
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = ReferrerPolicy;
                if (context.Request.Path.StartsWithSegments("/api/v1"))
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
