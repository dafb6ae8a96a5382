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
