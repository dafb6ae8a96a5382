using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Users;

namespace TpmHub.IntegrationTests.Identity;

/// <summary>ASVS 7.4: a session that was ended (sign-out, or an admin's lock, role change or password reset) is refused on the server.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class SessionTests(TpmHubApp app)
{
    [Fact]
    public async Task SignOut_ReplayedCookie_IsRefusedByApiAndPages()
    {
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);
        var cookie = await AuthClient.SignInWithCookieAsync(app, user.Email, TpmHubApp.Password);
        (await AuthClient.GetWithCookieAsync(app, "/api/v1/projects", cookie)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await AuthClient.GetWithCookieAsync(app, "/", cookie)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await AuthClient.SignOutAsync(app, cookie)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await AuthClient.GetWithCookieAsync(app, "/api/v1/projects", cookie)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var page = await AuthClient.GetWithCookieAsync(app, "/", cookie);
        page.StatusCode.Should().Be(HttpStatusCode.Found);
        page.Headers.Location!.ToString().Should().Contain("/account/login");
    }

    [Fact]
    public async Task SignOut_OnOneInstance_ReplayedCookieIsRefusedOnAnother()
    {
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);
        await using var other = app.WithWebHostBuilder(_ => { });
        var cookie = await AuthClient.SignInWithCookieAsync(app, user.Email, TpmHubApp.Password);
        (await AuthClient.GetWithCookieAsync(other, "/api/v1/projects", cookie)).StatusCode.Should().Be(HttpStatusCode.OK);

        await AuthClient.SignOutAsync(app, cookie);

        (await AuthClient.GetWithCookieAsync(other, "/api/v1/projects", cookie)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("lock")]
    [InlineData("role")]
    [InlineData("password")]
    public async Task AdminAction_EndsTheUsersCookieAndBearerSessions(string action)
    {
        var admin = await app.CreateUserAsync(ProjectRole.Admin);
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);
        var cookie = await AuthClient.SignInWithCookieAsync(app, user.Email, TpmHubApp.Password);
        var token = (await AuthClient.LoginAsync(app, user.Email, TpmHubApp.Password))["accessToken"]!.GetValue<string>();
        (await AuthClient.GetWithBearerAsync(app, "/api/v1/projects", token)).StatusCode.Should().Be(HttpStatusCode.OK);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserService>();
            var caller = new CurrentUser(admin.Id, admin.Email, [ProjectRole.Admin]);
            var result = action switch
            {
                "lock" => await users.LockAsync(caller, user.Id),
                "role" => await users.SetRoleAsync(caller, user.Id, ProjectRole.Stakeholder),
                _ => await users.ResetPasswordAsync(caller, user.Id, "a-brand-new-password"),
            };
            result.IsSuccess.Should().BeTrue();
        }

        (await AuthClient.GetWithBearerAsync(app, "/api/v1/projects", token)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await AuthClient.GetWithCookieAsync(app, "/api/v1/projects", cookie)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
