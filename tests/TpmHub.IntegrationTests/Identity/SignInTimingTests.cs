using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.Web.Features.Identity;

namespace TpmHub.IntegrationTests.Identity;

/// <summary>
/// ASVS 6.3: an unknown email must cost what a wrong password costs (one password hash), or the response time tells an
/// attacker which emails have accounts. Counted through the hasher rather than timed, so the test cannot flake.
/// </summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class SignInTimingTests(TpmHubApp app)
{
    [Fact]
    public async Task LoginApi_UnknownEmail_HashesAPasswordLikeAWrongPassword()
    {
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);
        var counter = new HashCounter();
        await using var host = WithCountingHasher(counter);
        await AuthClient.Raw(host).GetAsync("/health/live");

        var before = counter.Verifications;
        (await AuthClient.Raw(host).PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "wrong-password" }))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var wrongPassword = counter.Verifications - before;

        before = counter.Verifications;
        (await AuthClient.Raw(host).PostAsJsonAsync("/api/v1/auth/login", new { email = $"nobody-{Guid.NewGuid():N}@test.local", password = "wrong-password" }))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var unknownEmail = counter.Verifications - before;

        wrongPassword.Should().Be(1);
        unknownEmail.Should().Be(wrongPassword);
    }

    [Fact]
    public async Task LoginPage_UnknownEmail_HashesAPasswordLikeAWrongPassword()
    {
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);
        var counter = new HashCounter();
        await using var host = WithCountingHasher(counter);

        var before = counter.Verifications;
        (await AuthClient.PostLoginFormAsync(host, user.Email, "wrong-password")).StatusCode.Should().Be(HttpStatusCode.OK);
        var wrongPassword = counter.Verifications - before;

        before = counter.Verifications;
        (await AuthClient.PostLoginFormAsync(host, $"nobody-{Guid.NewGuid():N}@test.local", "wrong-password")).StatusCode.Should().Be(HttpStatusCode.OK);
        var unknownEmail = counter.Verifications - before;

        wrongPassword.Should().Be(1);
        unknownEmail.Should().Be(wrongPassword);
    }

    private WebApplicationFactory<Program> WithCountingHasher(HashCounter counter) =>
        app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IPasswordHasher<AppUser>>();
            services.AddScoped<IPasswordHasher<AppUser>>(sp =>
                new CountingPasswordHasher(new PasswordHasher<AppUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()), counter));
        }));

    private sealed class HashCounter
    {
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public void Count() => Interlocked.Increment(ref _verifications);
    }

    private sealed class CountingPasswordHasher(IPasswordHasher<AppUser> inner, HashCounter counter) : IPasswordHasher<AppUser>
    {
        public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            counter.Count();
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
