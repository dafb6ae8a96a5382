using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Identity;

namespace TpmHub.IntegrationTests.Identity;

[Collection(TpmHubAppCollection.Name)]
public sealed class AuthApiTests(TpmHubApp app)
{
    [Fact]
    public async Task Login_ValidPassword_ReturnsBearerAndRefreshTokens()
    {
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);

        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = TpmHubApp.Password });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        body!["accessToken"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        body["refreshToken"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        body["expiresIn"]!.GetValue<long>().Should().Be(3600);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401ProblemDetails()
    {
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);

        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "wrong-password" });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>().Should().Be("Invalid email or password.");
    }

    [Fact]
    public async Task Login_UnknownEmail_AnswersLikeAWrongPassword()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@test.local", password = "whatever-123" });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>().Should().Be("Invalid email or password.");
    }

    [Fact]
    public async Task Login_MissingFields_Returns400NamingThem()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "not-an-email" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).Should().BeEquivalentTo(["email", "password"]);
    }

    [Fact]
    public async Task Login_FiveFailures_LocksTheAccountEvenForTheRightPassword()
    {
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = "wrong-password" });
        }

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = TpmHubApp.Password });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["title"]!.GetValue<string>().Should().Be("Account locked");
    }

    [Fact]
    public async Task Refresh_ValidRefreshToken_IssuesAWorkingAccessToken()
    {
        var user = await app.CreateUserAsync(ProjectRole.Stakeholder);
        var client = app.CreateClient();
        var login = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = TpmHubApp.Password }))
            .Content.ReadFromJsonAsync<JsonObject>();

        var refreshed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = login!["refreshToken"]!.GetValue<string>() });

        refreshed.StatusCode.Should().Be(HttpStatusCode.OK);
        var token = (await refreshed.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        (await client.GetAsync("/api/v1/projects")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refresh_GarbageToken_Returns401()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "garbage" });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void PasswordRules_AreLengthOnlyWithStrongHashing()
    {
        var identity = app.Services.GetRequiredService<IOptions<IdentityOptions>>().Value;
        var hashing = app.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value;

        identity.Password.RequiredLength.Should().Be(8);
        identity.Password.RequireDigit.Should().BeFalse();
        identity.Password.RequireUppercase.Should().BeFalse();
        identity.Password.RequireNonAlphanumeric.Should().BeFalse();
        hashing.IterationCount.Should().BeGreaterThanOrEqualTo(210_000);
    }

    [Fact]
    public async Task CreateUser_SevenCharacterPassword_IsRefused()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        var result = await users.CreateAsync(new AppUser { UserName = "short@test.local", Email = "short@test.local", DisplayName = "Short" }, "1234567");

        result.Succeeded.Should().BeFalse();
        result.Errors.Select(e => e.Code).Should().Contain("PasswordTooShort");
    }

    [Fact]
    public async Task DataProtectionKeys_AreStoredInTheDatabase()
    {
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);
        await app.ClientForAsync(user);

        await using var factoryScope = app.Services.CreateAsyncScope();

        var factory = factoryScope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>();
        await using var db = await factory.CreateDbContextAsync();

        (await db.DataProtectionKeys.CountAsync()).Should().BeGreaterThan(0);
    }
}
