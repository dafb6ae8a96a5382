using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace TpmHub.Web.Features.Identity;

/// <summary>
/// Rate limits on every password check (ASVS 6.3): ASP.NET Core's rate limiter with one fixed one-minute window per client
/// address and one per account, chained. The limiter's partition is chosen synchronously, so a small middleware before it
/// reads the account (the email) from the login form or JSON body, which it leaves readable for the endpoint.
/// Counters are per instance; the lockout after five failures (in the database) holds across instances.
/// </summary>
public static class SignInLimits
{
    private const string AccountItem = "TpmHub.SignInAccount";
    private const int LargestBodyRead = 16 * 1024;

    // A share link's password form (POST /share/{token}) is a password check too: limited per address and per link.
    private static readonly PathString[] PasswordChecks = ["/api/v1/auth/login", "/api/v1/auth/refresh", "/account/login", "/share"];

    public static IServiceCollection AddSignInLimits(this IServiceCollection services)
    {
        services.AddOptions<SignInLimitOptions>().BindConfiguration(SignInLimitOptions.Section);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SignInLimitOptions>>((options, limits) => Configure(options, limits.Value));
        return services;
    }

    /// <summary>Reads the account a sign-in names, then applies the limits.</summary>
    public static WebApplication UseSignInLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (http, next) =>
        {
            if (IsPasswordCheck(http) && (SharedLink(http) ?? await AccountAsync(http)) is { } account)
            {
                http.Items[AccountItem] = account;
            }

            await next(http);
        });
        app.UseRateLimiter();
        return app;
    }

    private static void Configure(RateLimiterOptions options, SignInLimitOptions limits)
    {
        options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(http => IsPasswordCheck(http)
                ? RateLimitPartition.GetFixedWindowLimiter("address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => PerMinute(limits.PerAddressPerMinute))
                : RateLimitPartition.GetNoLimiter("")),
            PartitionedRateLimiter.Create<HttpContext, string>(http => http.Items[AccountItem] is string account
                ? RateLimitPartition.GetFixedWindowLimiter("account:" + account, _ => PerMinute(limits.PerAccountPerMinute))
                : RateLimitPartition.GetNoLimiter("")));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, ct) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await TypedResults.Problem(
                    title: "Too many attempts",
                    detail: $"Too many password attempts. Try again in {seconds} seconds.",
                    statusCode: StatusCodes.Status429TooManyRequests)
                .ExecuteAsync(context.HttpContext);
        };
    }

    /// <summary>For a share link's password form, the link (its path hashed, so no token sits in memory as text).</summary>
    private static string? SharedLink(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/share", StringComparison.OrdinalIgnoreCase, out var rest) && rest.HasValue
            ? "share:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(rest.Value!.Trim('/'))))
            : null;

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };

    private static bool IsPasswordCheck(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method)
        && (PasswordChecks.Any(path => http.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)) || IsPasswordReset(http.Request.Path));

    /// <summary>An admin's password reset through the API (<c>POST /api/v1/users/{id}/password</c>): limited per address.</summary>
    private static bool IsPasswordReset(PathString path) =>
        path.StartsWithSegments("/api/v1/users", StringComparison.OrdinalIgnoreCase, out var rest)
        && rest.Value is { } tail && tail.Count(c => c == '/') == 2 && tail.EndsWith("/password", StringComparison.OrdinalIgnoreCase);

    /// <summary>The normalised email the request names, or null (refresh tokens, unreadable bodies: the address limit still applies).</summary>
    private static async Task<string?> AccountAsync(HttpContext http)
    {
        var request = http.Request;
        if (request.ContentLength > LargestBodyRead)
        {
            return null;
        }

        string? email = null;
        if (request.HasFormContentType)
        {
            email = (await request.ReadFormAsync(http.RequestAborted))["Input.Email"].ToString();
        }
        else if (request.HasJsonContentType() && !request.Path.StartsWithSegments("/api/v1/auth/refresh", StringComparison.OrdinalIgnoreCase))
        {
            request.EnableBuffering(LargestBodyRead);
            try
            {
                using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: http.RequestAborted);
                if (body.RootElement.ValueKind == JsonValueKind.Object)
                {
                    email = body.RootElement.EnumerateObject()
                        .FirstOrDefault(p => p.NameEquals("email") || p.Name.Equals("email", StringComparison.OrdinalIgnoreCase))
                        .Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
                }
            }
            catch (JsonException)
            {
                // The endpoint answers a malformed body itself.
            }
            finally
            {
                request.Body.Position = 0;
            }
        }

        return string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToUpperInvariant();
    }
}
