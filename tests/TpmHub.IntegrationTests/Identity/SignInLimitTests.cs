using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;

namespace TpmHub.IntegrationTests.Identity;

/// <summary>
/// ASVS 6.3: sign-in and every password check are rate-limited per account and per client address; the limit answers 429
/// with Retry-After and problem details. The suite's own host raises the limits, so each test here runs an instance with
/// small limits of its own.
/// </summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class SignInLimitTests(TpmHubApp app)
{
    [Fact]
    public async Task Login_MoreAttemptsOnOneAccountThanTheLimit_Answers429WithRetryAfter()
    {
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);
        var other = await app.CreateUserAsync(ProjectRole.TeamLead);
        await using var host = WithLimits(perAccount: 3, perAddress: 1000);
        for (var i = 0; i < 3; i++)
        {
            (await LoginAsync(host, user.Email, "wrong-password")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var refused = await LoginAsync(host, user.Email.ToUpperInvariant(), TpmHubApp.Password);

        await ShouldBeTooManyRequestsAsync(refused);
        (await LoginAsync(host, other.Email, TpmHubApp.Password)).StatusCode.Should().Be(HttpStatusCode.OK, "another account is not throttled");
    }

    [Fact]
    public async Task LoginPage_MoreAttemptsOnOneAccountThanTheLimit_Answers429()
    {
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);
        await using var host = WithLimits(perAccount: 2, perAddress: 1000);
        (await AuthClient.PostLoginFormAsync(host, user.Email, "wrong-password")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await LoginAsync(host, user.Email, "wrong-password")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        await ShouldBeTooManyRequestsAsync(await AuthClient.PostLoginFormAsync(host, user.Email, TpmHubApp.Password));
    }

    [Fact]
    public async Task PasswordChecks_MoreThanTheAddressLimit_Answer429ForLoginRefreshAndTheSignInForm()
    {
        await using var host = WithLimits(perAccount: 1000, perAddress: 4);
        (await LoginAsync(host, $"a-{Guid.NewGuid():N}@test.local", "wrong-password")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await LoginAsync(host, $"b-{Guid.NewGuid():N}@test.local", "wrong-password")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await RefreshAsync(host, "garbage")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await AuthClient.PostLoginFormAsync(host, $"c-{Guid.NewGuid():N}@test.local", "wrong-password")).StatusCode.Should().Be(HttpStatusCode.OK);

        await ShouldBeTooManyRequestsAsync(await LoginAsync(host, $"d-{Guid.NewGuid():N}@test.local", "wrong-password"));
        await ShouldBeTooManyRequestsAsync(await RefreshAsync(host, "garbage"));
        await ShouldBeTooManyRequestsAsync(await AuthClient.PostLoginFormAsync(host, $"e-{Guid.NewGuid():N}@test.local", "wrong-password"));
        (await AuthClient.Raw(host).GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK, "other requests are not limited");
    }

    [Fact]
    public async Task AdminPasswordReset_MoreThanTheAddressLimit_Answers429()
    {
        var admin = await app.CreateUserAsync(ProjectRole.Admin);
        var target = await app.CreateUserAsync(ProjectRole.TeamLead);
        await using var host = WithLimits(perAccount: 1000, perAddress: 3);
        var client = AuthClient.Raw(host);
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = admin.Email, password = TpmHubApp.Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        (await client.PostAsJsonAsync($"/api/v1/users/{target.Id}/password", new { password = "short" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.PostAsJsonAsync($"/api/v1/users/{target.Id}/password", new { password = "a-new-long-password" })).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await ShouldBeTooManyRequestsAsync(await client.PostAsJsonAsync($"/api/v1/users/{target.Id}/password", new { password = "another-long-password" }));
    }

    private static async Task ShouldBeTooManyRequestsAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter.Should().NotBeNull();
        response.Headers.RetryAfter!.Delta.Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromMinutes(1));
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<int>().Should().Be(429);
    }

    private WebApplicationFactory<Program> WithLimits(int perAccount, int perAddress) =>
        app.WithWebHostBuilder(builder => builder
            .UseSetting("SignInLimits:PerAccountPerMinute", perAccount.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("SignInLimits:PerAddressPerMinute", perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static Task<HttpResponseMessage> LoginAsync(WebApplicationFactory<Program> host, string email, string password) =>
        AuthClient.Raw(host).PostAsJsonAsync("/api/v1/auth/login", new { email, password });

    private static Task<HttpResponseMessage> RefreshAsync(WebApplicationFactory<Program> host, string refreshToken) =>
        AuthClient.Raw(host).PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });
}
