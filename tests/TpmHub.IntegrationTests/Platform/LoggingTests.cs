using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;

namespace TpmHub.IntegrationTests.Platform;

[Collection(TpmHubAppCollection.Name)]
public sealed class LoggingTests(TpmHubApp app)
{
    [Fact]
    public async Task Logs_AfterLoginsAndApiCalls_NeverContainAPasswordOrAToken()
    {
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);
        var client = app.CreateClient();
        const string wrongPassword = "my-wrong-secret-42";
        await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = wrongPassword });
        var login = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = TpmHubApp.Password }))
            .Content.ReadFromJsonAsync<JsonObject>();
        var token = login!["accessToken"]!.GetValue<string>();
        var refresh = login["refreshToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        await client.GetAsync("/api/v1/projects?search=anything");
        await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh });

        var lines = app.Logs.Lines;
        var tokenStart = token.Substring(0, 40);
        var refreshStart = refresh.Substring(0, 40);

        lines.Should().Contain(l => l.Contains("/api/v1/auth/login", StringComparison.Ordinal), "requests are logged");
        lines.Should().NotContain(l => l.Contains(TpmHubApp.Password, StringComparison.Ordinal));
        lines.Should().NotContain(l => l.Contains(wrongPassword, StringComparison.Ordinal));
        lines.Should().NotContain(l => l.Contains(tokenStart, StringComparison.Ordinal));
        lines.Should().NotContain(l => l.Contains(refreshStart, StringComparison.Ordinal));
    }
}
