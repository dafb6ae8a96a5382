using Microsoft.AspNetCore.Server.Kestrel.Core;
using MudBlazor.Services;
using TpmHub.Web.Components;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.Platform;

/// <summary>What every area stands on: the clock, Blazor with MudBlazor, the prerender hand-off; and the request pipeline.</summary>
public static class PlatformFeature
{
    public static IServiceCollection AddTpmHubPlatform(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PrerenderHandoff>();
        services.AddScoped<NotFoundNotice>();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        // "Server: Kestrel" tells an attacker nothing we want them to know.
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        return services;
    }

    /// <summary>
    /// Security headers, logging, error pages, authentication, the API's cookie-origin check, the access gate,
    /// antiforgery, static assets — in that order.
    /// </summary>
    public static WebApplication UseTpmHubPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // An API POST with no body and no content type (an action such as "accept this suggestion" or "mark sent", whose
        // body is optional) is read as an empty JSON body; otherwise routing's content-type check would skip the endpoint
        // and answer 404. Runs before routing, which is therefore placed here explicitly.
        app.Use((http, next) =>
        {
            var request = http.Request;
            if (HttpMethods.IsPost(request.Method) && request.ContentType is null && request.ContentLength is null or 0
                && request.Headers.TransferEncoding.Count == 0 && request.Path.StartsWithSegments("/api"))
            {
                request.ContentType = "application/json";
            }

            return next(http);
        });
        app.UseRouting();
        app.UseTpmHubSecurityHeaders();
        app.UseTpmHubRequestLogging();
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler());
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), pages => pages.UseExceptionHandler("/error", createScopeForErrors: true));
        app.UseSignInLimits();
        app.UseAuthentication();
        app.UseApiCookieOriginCheck();
        app.UseAuthorization();
        app.UseProjectGate();
        app.UseAntiforgery();
        app.MapStaticAssets();
        return app;
    }

    /// <summary>The API and the pages.</summary>
    public static WebApplication MapTpmHub(this WebApplication app)
    {
        app.MapTpmHubApi();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
