using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;

namespace TpmHub.IntegrationTests.Work;

/// <summary>Small builders for work-item tests: a lead with a fresh project, items and links through the real API.</summary>
public sealed class WorkApi(TpmHubApp app, HttpClient client, TestUser lead, string projectKey)
{
    public HttpClient Client => client;

    public TestUser Lead => lead;

    public string ProjectKey => projectKey;

    /// <summary>A lead and a new project starting Monday 2026-01-05.</summary>
    public static async Task<WorkApi> NewProjectAsync(TpmHubApp app)
    {
        var (lead, client) = await app.SignedInAsync(ProjectRole.TeamLead);
        var key = TpmHubApp.NewKey();
        var response = await client.PostAsJsonAsync("/api/v1/projects", TpmHubApp.ProjectBody(key, lead.Id, startDate: "2026-01-05", targetDate: "2026-12-31"));
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return new WorkApi(app, client, lead, key);
    }

    public async Task<string> AddItemAsync(string title, int durationDays, string type = "task", string? startNoEarlierThan = null, decimal budget = 0)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/projects/{projectKey}/work-items",
            new { title, type, durationDays, budget, startNoEarlierThan });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();
    }

    public Task<HttpResponseMessage> LinkAsync(string predecessor, string successor, string type = "FS", int lagDays = 0) =>
        client.PostAsJsonAsync($"/api/v1/projects/{projectKey}/dependencies", new { predecessor, successor, type, lagDays });

    public async Task<JsonObject> ScheduleAsync() => (await client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{projectKey}/schedule"))!;

    public async Task<JsonObject> ScheduledAsync(string key) =>
        (await ScheduleAsync())["items"]!.AsArray().Single(i => i!["key"]!.GetValue<string>() == key)!.AsObject();

    public async Task<HttpClient> MemberClientAsync(string role)
    {
        var (user, memberClient) = await app.SignedInAsync(role);
        var (_, admin) = await app.SignedInAsync(ProjectRole.Admin);
        (await admin.PostAsJsonAsync($"/api/v1/projects/{projectKey}/members", new { userId = user.Id })).EnsureSuccessStatusCode();
        return memberClient;
    }
}
