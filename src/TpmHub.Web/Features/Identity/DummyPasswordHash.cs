using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace TpmHub.Web.Features.Identity;

/// <summary>A hash of a random password, made with the app's hashing settings, to verify against when no account matches.</summary>
public sealed class DummyPasswordHash(IOptions<PasswordHasherOptions> options)
{
    private readonly Lazy<string> _hash = new(() =>
        new PasswordHasher<AppUser>(options).HashPassword(new AppUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    public AppUser User { get; } = new();

    public string Hash => _hash.Value;
}
