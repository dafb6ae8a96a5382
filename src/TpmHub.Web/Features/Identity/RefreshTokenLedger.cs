using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.Identity;

/// <summary>
/// Remembers every refresh token that was exchanged, until it would have expired anyway, so each one is used once.
/// The hashes live in Identity's AspNetUserTokens table (no new table; they go when the user goes), and the row's
/// primary key makes "first exchange wins" hold across instances and concurrent requests.
/// </summary>
public sealed class RefreshTokenLedger(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    public const string LoginProvider = "TpmHub.UsedRefreshToken";

    /// <summary>Records the token as used; false when it had been used before.</summary>
    public async Task<bool> TryUseAsync(string userId, string refreshToken, DateTimeOffset expires, CancellationToken ct = default)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));
        var now = Instant(time.GetUtcNow());
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Tokens past their expiry are refused for that reason alone, so their entries can go.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""DELETE FROM "AspNetUserTokens" WHERE user_id = {userId} AND login_provider = {LoginProvider} AND value COLLATE "C" < {now}""", ct);
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "AspNetUserTokens" (user_id, login_provider, name, value) VALUES ({userId}, {LoginProvider}, {hash}, {Instant(expires)}) ON CONFLICT DO NOTHING""", ct);
        return inserted == 1;
    }

    // Fixed-width UTC text, so text order is time order.
    private static string Instant(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
