using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using TpmHub.Core.Sharing;

namespace TpmHub.Web.Features.Sharing;

/// <summary>Share-link tokens: random, URL-safe, and stored only as a hash.</summary>
public static class ShareLinkTokens
{
    public static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(ShareLinkRules.TokenBytes));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether the text could be a token at all (43 URL-safe characters), so junk never reaches the database.</summary>
    public static bool LooksLikeToken(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string AddressHash(Guid linkId, IPAddress? address) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{linkId:N}|{address?.ToString() ?? "unknown"}")));
}
