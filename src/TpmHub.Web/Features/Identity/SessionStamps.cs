using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.Identity;

/// <summary>
/// A session (auth cookie or bearer token) lives only as long as the security stamp it was issued with is the user's
/// current one. Sign-out, an admin's lock, role change or password reset change the stamp, and this check on every
/// request then refuses every cookie and token issued before — on every instance, because the stamp is in the shared
/// database (docs/decisions/0005-sessions.md).
/// </summary>
public sealed class SessionStamps(IDbContextFactory<TpmHubDbContext> dbFactory, IOptions<IdentityOptions> identity)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal? principal, CancellationToken ct = default)
    {
        var claims = identity.Value.ClaimsIdentity;
        var userId = principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal?.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var current = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(ct);
        return current == stamp;
    }

    /// <summary>Cookie: refuse (and clear) a cookie whose stamp is stale, then let Identity refresh the principal as usual.</summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stamps = context.HttpContext.RequestServices.GetRequiredService<SessionStamps>();
        if (!await stamps.IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>Bearer: the handler has no validation event, so the token is read here first and failed when its stamp is stale.</summary>
    public static async Task ValidateBearerAsync(MessageReceivedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var ticket = context.Options.BearerTokenProtector.Unprotect(header["Bearer ".Length..].Trim());
        if (ticket is null)
        {
            return; // the handler refuses what it cannot read
        }

        var stamps = context.HttpContext.RequestServices.GetRequiredService<SessionStamps>();
        if (!await stamps.IsCurrentAsync(ticket.Principal, context.HttpContext.RequestAborted))
        {
            context.Fail("The session of this token has ended.");
        }
    }
}
