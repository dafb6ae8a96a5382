using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TpmHub.Core.Sharing;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Dashboard;
using TpmHub.Web.Features.StatusReports;

namespace TpmHub.Web.Features.Sharing;

/// <summary>
/// What a share-link holder opens: <c>/share/{token}</c>, the project's read-only dashboard, rendered as static HTML with
/// no account, no script and no way into the rest of the app. An unknown, expired or revoked token answers 404 with one
/// plain page. A link with a password asks for it once per browser session (a data-protected cookie scoped to /share).
/// </summary>
public static class SharePageEndpoints
{
    public const string SessionCookie = "tpmhub_share";

    private static readonly TimeSpan SessionLength = TimeSpan.FromHours(12);

    public static IEndpointRouteBuilder MapSharePages(this IEndpointRouteBuilder app)
    {
        var share = app.MapGroup("/share/{token}").AllowAnonymous().ExcludeFromDescription();

        share.MapGet("/", async Task<IResult> (string token, HttpContext http, ShareLinkService links, ProjectGate gate, ProjectDashboardService dashboards,
            IDataProtectionProvider protection, TimeProvider time, CancellationToken ct) =>
        {
            Private(http);
            var link = await links.ResolveAsync(token, ct);
            if (link is null)
            {
                return Gone();
            }

            if (link.PasswordHash is not null && !HasSession(http, link, protection, time))
            {
                return new RazorComponentResult<SharePasswordPage>(new { Token = token });
            }

            var access = await gate.ShareLinkAsync(link.ProjectId, link.Id, ct);
            if (access is null)
            {
                return Gone();
            }

            var dashboard = await dashboards.BuildAsync(access, ct);
            await links.RecordViewAsync(link, http.Connection.RemoteIpAddress, "dashboard", ct);
            return new RazorComponentResult<SharedDashboardPage>(new { Dashboard = dashboard, Token = token });
        });

        // A published report of the link's project; a draft or another project's report is "no longer valid" like a dead link.
        share.MapGet("/reports/{reportId:guid}", async Task<IResult> (string token, Guid reportId, HttpContext http, ShareLinkService links, ProjectGate gate,
            StatusReportService reports, IDataProtectionProvider protection, TimeProvider time, CancellationToken ct) =>
        {
            Private(http);
            var link = await links.ResolveAsync(token, ct);
            if (link is null || (link.PasswordHash is not null && !HasSession(http, link, protection, time)))
            {
                return link is null ? Gone() : TypedResults.Redirect($"/share/{token}");
            }

            var access = await gate.ShareLinkAsync(link.ProjectId, link.Id, ct);
            var report = access is null ? null : (await reports.GetAsync(access, reportId, ct)).Value;
            if (report is null || report.Status != TpmHub.Core.Reporting.StatusReportStatus.Published)
            {
                return Gone();
            }

            await links.RecordViewAsync(link, http.Connection.RemoteIpAddress, "report", ct);
            return new RazorComponentResult<SharedReportPage>(new { Report = report, Token = token });
        });

        // No antiforgery token: the page is for people without an account, and the form only proves knowledge of the
        // password. Guesses are limited per address and per link (SignInLimits).
        share.MapPost("/", async Task<IResult> (string token, [FromForm] string? password, HttpContext http, ShareLinkService links,
            IDataProtectionProvider protection, TimeProvider time, CancellationToken ct) =>
        {
            Private(http);
            var link = await links.ResolveAsync(token, ct);
            if (link is null)
            {
                return Gone();
            }

            if (!links.CheckPassword(link, password))
            {
                return new RazorComponentResult<SharePasswordPage>(new { Token = token, Error = "That password is not right." })
                {
                    StatusCode = StatusCodes.Status401Unauthorized,
                };
            }

            var until = time.GetUtcNow().Add(SessionLength);
            var value = protection.CreateProtector(Purpose).Protect(string.Create(CultureInfo.InvariantCulture, $"{link.Id:N}|{until.ToUnixTimeSeconds()}"));
            http.Response.Cookies.Append(SessionCookie, value, new CookieOptions
            {
                Path = "/share", HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Expires = until, IsEssential = true,
            });
            return TypedResults.Redirect($"/share/{token}", permanent: false, preserveMethod: false);
        }).DisableAntiforgery();

        return app;
    }

    private const string Purpose = "TpmHub.ShareLink.Session.v1";

    private static RazorComponentResult<ShareGonePage> Gone() => new() { StatusCode = StatusCodes.Status404NotFound };

    /// <summary>The token is in the address: keep it out of caches, referrers and search engines.</summary>
    private static void Private(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }

    private static bool HasSession(HttpContext http, ShareLink link, IDataProtectionProvider protection, TimeProvider time)
    {
        if (!http.Request.Cookies.TryGetValue(SessionCookie, out var value) || string.IsNullOrEmpty(value))
        {
            return false;
        }

        try
        {
            var parts = protection.CreateProtector(Purpose).Unprotect(value).Split('|');
            return parts.Length == 2 && parts[0] == link.Id.ToString("N")
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var until)
                && time.GetUtcNow().ToUnixTimeSeconds() < until;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }
}
