using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace TpmHub.Web.Features.Platform;

/// <summary>
/// Hands an object from a page's prerender to the same page's first interactive render on this server. A page whose
/// data is large (the Gantt of a 5,000-item plan) reads it once while prerendering, so its rows are in the first HTML,
/// puts it here and persists only the returned token in the page (Blazor's persistent component state, which is
/// data-protected); when the circuit starts the page takes it back synchronously and renders the same markup, with no
/// second read and no flash of a loading state. A token is single use, tied to the user who prerendered, and expires
/// after <see cref="Lifetime"/>; the store is bounded by <see cref="Capacity"/> size units (a page passes, say, its row
/// count). Anything not found (expired, taken, evicted, another server) means the page simply reads its data again.
/// </summary>
public sealed class PrerenderHandoff : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);
    public const long Capacity = 500_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>Keeps <paramref name="value"/> for <paramref name="userId"/> and returns the token to take it back with.</summary>
    public string Put(string userId, object value, long size)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(value);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _cache.Set(token, new Entry(userId, value), new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = Lifetime,
            Size = Math.Max(1, size),
        });
        return token;
    }

    /// <summary>The value put under <paramref name="token"/> by the same user, removed from the store; null otherwise.</summary>
    public T? Take<T>(string? token, string userId)
        where T : class
    {
        if (string.IsNullOrEmpty(token) || !_cache.TryGetValue(token, out Entry? entry) || entry is null)
        {
            return null;
        }

        _cache.Remove(token);
        return entry.UserId == userId ? entry.Value as T : null;
    }

    public void Dispose() => _cache.Dispose();

    private sealed record Entry(string UserId, object Value);
}
