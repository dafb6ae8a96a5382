using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.Identity;

public static class IdentityFeature
{
    public const string CookieOrBearer = "CookieOrBearer";

    public static IServiceCollection AddTpmHubIdentity(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<CircuitHandler, CurrentUserCircuitHandler>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearer;
                options.DefaultChallengeScheme = CookieOrBearer;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
            {
                options.BearerTokenExpiration = TimeSpan.FromHours(1);
                options.Events.OnMessageReceived = SessionStamps.ValidateBearerAsync;
            })
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "tpmhub.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            // The API answers with status codes; only pages are redirected to the sign-in page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            // Every request checks the session's security stamp, so a signed-out or revoked cookie stops working at once.
            options.Events.OnValidatePrincipal = SessionStamps.ValidateCookieAsync;
        });

        // Identity's own re-check (which also refreshes role claims) runs at least once a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<SessionStamps>();
        services.AddScoped<RefreshTokenLedger>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddSignInLimits();

        services.AddIdentityCore<AppUser>(options =>
            {
                // ASVS 2.1: length, not composition, makes a password strong.
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TpmHubDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        // OWASP: PBKDF2-HMAC-SHA512 with at least 210,000 iterations.
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);

        // Keys in the database so several instances can read each other's cookies and tokens.
        services.AddDataProtection().SetApplicationName("TpmHub").PersistKeysToDbContext<TpmHubDbContext>();

        services.AddAuthorization();
        return services;
    }

    private static Task RedirectOrStatus(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
