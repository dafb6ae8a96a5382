using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;

namespace TpmHub.IntegrationTests.Identity;

/// <summary>ASVS 7.2/9: a refresh token is exchanged once; each exchange rotates it, on whichever instance it happens.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class RefreshTokenTests(TpmHubApp app)
{
    [Fact]
    public async Task Refresh_ReturnsANewPairWhoseRefreshTokenWorks()
    {
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);
        var login = await AuthClient.LoginAsync(app, user.Email, TpmHubApp.Password);

        var first = await RefreshAsync(app, login["refreshToken"]!.GetValue<string>());
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        var pair = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        pair.Select(p => p.Key).Should().BeEquivalentTo(["tokenType", "accessToken", "expiresIn", "refreshToken"]);
        pair["refreshToken"]!.GetValue<string>().Should().NotBe(login["refreshToken"]!.GetValue<string>());

        (await RefreshAsync(app, pair["refreshToken"]!.GetValue<string>())).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refresh_TokenAlreadyExchanged_Returns401ProblemDetails()
    {
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);
        var refreshToken = (await AuthClient.LoginAsync(app, user.Email, TpmHubApp.Password))["refreshToken"]!.GetValue<string>();
        (await RefreshAsync(app, refreshToken)).StatusCode.Should().Be(HttpStatusCode.OK);

        var replay = await RefreshAsync(app, refreshToken);

        replay.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        replay.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await replay.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<int>().Should().Be(401);
    }

    [Fact]
    public async Task Refresh_TokenExchangedOnAnotherInstance_IsRefused()
    {
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);
        await using var other = app.WithWebHostBuilder(_ => { });
        var refreshToken = (await AuthClient.LoginAsync(app, user.Email, TpmHubApp.Password))["refreshToken"]!.GetValue<string>();
        (await RefreshAsync(app, refreshToken)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await RefreshAsync(other, refreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Refresh_SameTokenTwiceAtOnce_OnlyOneSucceeds()
    {
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);
        var refreshToken = (await AuthClient.LoginAsync(app, user.Email, TpmHubApp.Password))["refreshToken"]!.GetValue<string>();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RefreshAsync(app, refreshToken)));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).Should().Be(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized).Should().Be(3);
    }

    private static Task<HttpResponseMessage> RefreshAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, string refreshToken) =>
        AuthClient.Raw(host).PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });
}
