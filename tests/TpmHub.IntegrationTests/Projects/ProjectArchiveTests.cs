using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;

namespace TpmHub.IntegrationTests.Projects;

/// <summary>Archive, unarchive and delete; and the owner a new project gets when none is named.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class ProjectArchiveTests(TpmHubApp app)
{
    [Fact]
    public async Task Create_WithoutOwner_TheCallerOwnsIt()
    {
        var (lead, client) = await app.SignedInAsync(ProjectRole.TeamLead);
        var key = TpmHubApp.NewKey();
        var body = new { key, name = "No owner given", kind = "other", startDate = "2026-01-05", targetDate = "2026-06-30" };

        var created = await client.PostAsJsonAsync("/api/v1/projects", body);

        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await created.Content.ReadFromJsonAsync<JsonObject>())!["ownerId"]!.GetValue<string>().Should().Be(lead.Id);
    }

    [Fact]
    public async Task Archive_LeavesThePortfolioAndIsReadOnly_UntilUnarchived()
    {
        var (lead, client) = await app.SignedInAsync(ProjectRole.TeamLead);
        var key = TpmHubApp.NewKey();
        (await client.PostAsJsonAsync("/api/v1/projects", TpmHubApp.ProjectBody(key, lead.Id))).EnsureSuccessStatusCode();

        var archived = await client.PostAsync($"/api/v1/projects/{key}/archive", null);
        archived.StatusCode.Should().Be(HttpStatusCode.OK);
        (await archived.Content.ReadFromJsonAsync<JsonObject>())!["archivedAt"].Should().NotBeNull();

        (await Keys(client, "/api/v1/projects?pageSize=200")).Should().NotContain(key);
        (await Keys(client, "/api/v1/projects?pageSize=200&archived=true")).Should().Contain(key);
        var portfolio = (await client.GetFromJsonAsync<JsonObject>("/api/v1/portfolio"))!;
        portfolio["projects"]!.AsArray().Select(p => p!["key"]!.GetValue<string>()).Should().NotContain(key);
        (await client.GetAsync($"/api/v1/projects/{key}")).StatusCode.Should().Be(HttpStatusCode.OK, "an archived project can still be read");
        var write = await client.PostAsJsonAsync($"/api/v1/projects/{key}/work-items", new { title = "Late work", type = "task", durationDays = 1 });
        write.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await write.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>().Should().Contain("archived");

        (await client.PostAsync($"/api/v1/projects/{key}/unarchive", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostAsJsonAsync($"/api/v1/projects/{key}/work-items", new { title = "Work again", type = "task", durationDays = 1 }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await Keys(client, "/api/v1/projects?pageSize=200")).Should().Contain(key);
    }

    [Fact]
    public async Task Delete_NeedsAnAdminAndTheKeyTypedToConfirm()
    {
        var (lead, leadClient) = await app.SignedInAsync(ProjectRole.TeamLead);
        var (_, admin) = await app.SignedInAsync(ProjectRole.Admin);
        var key = TpmHubApp.NewKey();
        (await leadClient.PostAsJsonAsync("/api/v1/projects", TpmHubApp.ProjectBody(key, lead.Id))).EnsureSuccessStatusCode();

        (await leadClient.DeleteAsync($"/api/v1/projects/{key}?confirm={key}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var unconfirmed = await admin.DeleteAsync($"/api/v1/projects/{key}?confirm=NOPE");
        unconfirmed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unconfirmed.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["confirm"].Should().NotBeNull();
        (await admin.GetAsync($"/api/v1/projects/{key}")).StatusCode.Should().Be(HttpStatusCode.OK, "nothing was deleted");

        (await admin.DeleteAsync($"/api/v1/projects/{key}?confirm={key}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await admin.GetAsync($"/api/v1/projects/{key}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static async Task<List<string>> Keys(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonObject>(url))!["items"]!.AsArray().Select(p => p!["key"]!.GetValue<string>()).ToList();
}
