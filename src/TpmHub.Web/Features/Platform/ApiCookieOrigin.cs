namespace TpmHub.Web.Features.Platform;

/// <summary>
/// The API takes a bearer token from anywhere, but the sign-in cookie only from the app's own origin: the browser adds
/// the cookie to any request to this server, so a cookie-authenticated change (POST, PUT, PATCH, DELETE) coming from
/// another origin — another site, or a sibling host SameSite=Lax does not stop — is refused with 403 before any
/// handler runs. Reads stay open (a foreign page cannot see the answer without CORS) and so do requests with neither
/// Origin nor Sec-Fetch-Site (not a browser, so no victim's cookie).
/// </summary>
public static class ApiCookieOrigin
{
    public static WebApplication UseApiCookieOriginCheck(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.Use(async (context, next) =>
        {
            if (IsForeignCookieWrite(context))
            {
                await TypedResults.Problem(
                    title: "Forbidden",
                    detail: "A signed-in browser session may change data only from TpmHub's own pages. Other clients use a bearer token (POST /api/v1/auth/login).",
                    statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
                return;
            }

            await next(context);
        }));
        return app;
    }

    /// <summary>Runs after authentication: true for an unsafe method authenticated by the cookie from another origin.</summary>
    public static bool IsForeignCookieWrite(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || HttpMethods.IsTrace(request.Method))
        {
            return false;
        }

        // The same rule the authentication policy scheme uses to pick bearer over cookie.
        if (request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || context.User.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        return IsCrossOrigin(request);
    }

    private static bool IsCrossOrigin(HttpRequest request)
    {
        // Sec-Fetch-Site is set by the browser and cannot be set by a page; "same-site" is still another origin.
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return true;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || site == "same-origin")
        {
            // No Origin: not a cross-origin browser request. A browser that says same-origin is believed even when a
            // TLS-terminating proxy makes the scheme or host seen here differ from the one the browser used.
            return false;
        }

        return !string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
    }
}
