using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.Web.Data;

namespace TpmHub.IntegrationTests.Projects;

[Collection(TpmHubAppCollection.Name)]
public sealed class ProjectApiTests(TpmHubApp app)
{
    [Fact]
    public async Task List_NoToken_Returns401()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/projects");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task List_ForgedToken_Returns401()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-real-token");

        var response = await client.GetAsync("/api/v1/projects");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Create_AsLead_Returns201AndTheLeadSeesItInTheList()
    {
        var (lead, client) = await app.SignedInAsync(ProjectRole.TeamLead);
        var key = TpmHubApp.NewKey();

        var response = await client.PostAsJsonAsync("/api/v1/projects", TpmHubApp.ProjectBody(key, lead.Id));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().Be($"/api/v1/projects/{key}");
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        body!["key"]!.GetValue<string>().Should().Be(key);
        body["kind"]!.GetValue<string>().Should().Be("cloudMigration");
        body["startDate"]!.GetValue<string>().Should().Be("2026-01-05");
        body["health"]!.GetValue<string>().Should().Be("green");
        body["version"]!.GetValue<uint>().Should().BeGreaterThan(0);
        var list = await client.GetFromJsonAsync<JsonObject>("/api/v1/projects?pageSize=200");
        list!["items"]!.AsArray().Select(i => i!["key"]!.GetValue<string>()).Should().Contain(key);
    }

    [Fact]
    public async Task Create_AsStakeholder_Returns403AndSavesNothing()
    {
        var (stakeholder, client) = await app.SignedInAsync(ProjectRole.Stakeholder);
        var key = TpmHubApp.NewKey();

        var response = await client.PostAsJsonAsync("/api/v1/projects", TpmHubApp.ProjectBody(key, stakeholder.Id));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await ProjectExistsAsync(key)).Should().BeFalse();
    }

    [Fact]
    public async Task Update_AsStakeholderMember_Returns403AndChangesNothing()
    {
        var (lead, leadClient) = await app.SignedInAsync(ProjectRole.TeamLead);
        var created = await CreateAsync(leadClient, lead);
        var (stakeholder, client) = await app.SignedInAsync(ProjectRole.Stakeholder);
        await AddMemberAsync(created.Key, stakeholder.Id);

        var get = await client.GetAsync($"/api/v1/projects/{created.Key}");
        var put = await client.PutAsJsonAsync($"/api/v1/projects/{created.Key}", UpdateBody(created, lead.Id, "Renamed by stakeholder"));

        get.StatusCode.Should().Be(HttpStatusCode.OK);
        put.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await leadClient.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{created.Key}"))!["name"]!.GetValue<string>().Should().Be("Test project");
    }

    [Fact]
    public async Task Get_NotAMember_Returns404()
    {
        var (lead, leadClient) = await app.SignedInAsync(ProjectRole.TeamLead);
        var created = await CreateAsync(leadClient, lead);
        var (_, otherClient) = await app.SignedInAsync(ProjectRole.TeamLead);

        var response = await otherClient.GetAsync($"/api/v1/projects/{created.Key}");
        var update = await otherClient.PutAsJsonAsync($"/api/v1/projects/{created.Key}", UpdateBody(created, lead.Id, "Hijack"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        update.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await otherClient.GetFromJsonAsync<JsonObject>("/api/v1/projects?pageSize=200"))!["items"]!.AsArray()
            .Select(i => i!["key"]!.GetValue<string>()).Should().NotContain(created.Key);
    }

    [Fact]
    public async Task Get_AsAdmin_SeesProjectsWithoutMembership()
    {
        var (lead, leadClient) = await app.SignedInAsync(ProjectRole.TeamLead);
        var created = await CreateAsync(leadClient, lead);
        var (_, adminClient) = await app.SignedInAsync(ProjectRole.Admin);

        var response = await adminClient.GetAsync($"/api/v1/projects/{created.Key}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("name", "", "name")]
    [InlineData("name", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "name")]
    [InlineData("key", "cl", "key")]
    [InlineData("key", "TOOLONGKEYXX", "key")]
    [InlineData("targetDate", "2025-12-31", "targetDate")]
    [InlineData("targetDate", "31/12/2026", "targetDate")]
    [InlineData("ownerId", "no-such-user", "ownerId")]
    [InlineData("kind", "moonshot", "kind")]
    [InlineData("currency", "dollars", "currency")]
    public async Task Create_BadField_Returns400NamingTheFieldAndSavesNothing(string field, string value, string expectedField)
    {
        var (lead, client) = await app.SignedInAsync(ProjectRole.TeamLead);
        var key = TpmHubApp.NewKey();
        var body = JsonSerializer.SerializeToNode(TpmHubApp.ProjectBody(key, lead.Id))!.AsObject();
        body[field] = value;

        var response = await client.PostAsJsonAsync("/api/v1/projects", body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        problem!["errors"]!.AsObject().Select(e => e.Key).Should().Contain(expectedField);
        (await ProjectExistsAsync(field == "key" ? value : key)).Should().BeFalse();
    }

    [Fact]
    public async Task Create_DuplicateKey_Returns400OnKey()
    {
        var (lead, client) = await app.SignedInAsync(ProjectRole.TeamLead);
        var created = await CreateAsync(client, lead);

        var response = await client.PostAsJsonAsync("/api/v1/projects", TpmHubApp.ProjectBody(created.Key, lead.Id, name: "Second"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        problem!["errors"]!["key"]![0]!.GetValue<string>().Should().Contain("already used");
    }

    [Fact]
    public async Task Create_MalformedJson_Returns400ProblemDetails()
    {
        var (_, client) = await app.SignedInAsync(ProjectRole.TeamLead);

        var response = await client.PostAsync("/api/v1/projects", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Update_StaleVersion_Returns409WithCurrentStateAndKeepsTheFirstWrite()
    {
        var (lead, client) = await app.SignedInAsync(ProjectRole.TeamLead);
        var created = await CreateAsync(client, lead);
        var first = await client.PutAsJsonAsync($"/api/v1/projects/{created.Key}", UpdateBody(created, lead.Id, "First writer"));
        first.StatusCode.Should().Be(HttpStatusCode.OK);

        var second = await client.PutAsJsonAsync($"/api/v1/projects/{created.Key}", UpdateBody(created, lead.Id, "Second writer"));

        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await second.Content.ReadFromJsonAsync<JsonObject>();
        problem!["current"]!["name"]!.GetValue<string>().Should().Be("First writer");
        problem["current"]!["version"]!.GetValue<uint>().Should().NotBe(created.Version);
    }

    [Fact]
    public async Task Update_MissingVersion_Returns400OnVersion()
    {
        var (lead, client) = await app.SignedInAsync(ProjectRole.TeamLead);
        var created = await CreateAsync(client, lead);
        var body = JsonSerializer.SerializeToNode(UpdateBody(created, lead.Id, "No version"))!.AsObject();
        body.Remove("version");

        var response = await client.PutAsJsonAsync($"/api/v1/projects/{created.Key}", body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).Should().Contain("version");
    }

    [Fact]
    public async Task Update_Valid_SavesAndRecordsWhoChangedWhatInTheHistory()
    {
        var (lead, client) = await app.SignedInAsync(ProjectRole.TeamLead);
        var created = await CreateAsync(client, lead);

        var response = await client.PutAsJsonAsync($"/api/v1/projects/{created.Key}",
            UpdateBody(created, lead.Id, "Renamed"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var history = await client.GetFromJsonAsync<JsonArray>($"/api/v1/projects/{created.Key}/history");
        var update = history!.First(h => h!["action"]!.GetValue<string>() == "Update")!;
        update["userName"]!.GetValue<string>().Should().Be(lead.Email);
        var changes = update["changes"]!.AsArray().ToDictionary(c => c!["field"]!.GetValue<string>(), c => c);
        changes["name"]!["old"]!.GetValue<string>().Should().Be("Test project");
        changes["name"]!["new"]!.GetValue<string>().Should().Be("Renamed");
        history.Should().Contain(h => h!["action"]!.GetValue<string>() == "Insert" && h["entityType"]!.GetValue<string>() == "Project");
    }

    [Fact]
    public async Task List_PageSizeOver200_Returns400OnPageSize()
    {
        var (_, client) = await app.SignedInAsync(ProjectRole.TeamLead);

        var response = await client.GetAsync("/api/v1/projects?pageSize=201");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).Should().Contain("pageSize");
    }

    [Fact]
    public async Task Members_AdminAddsStakeholder_StakeholderThenSeesTheProject()
    {
        var (lead, leadClient) = await app.SignedInAsync(ProjectRole.TeamLead);
        var created = await CreateAsync(leadClient, lead);
        var (stakeholder, stakeholderClient) = await app.SignedInAsync(ProjectRole.Stakeholder);
        var (_, adminClient) = await app.SignedInAsync(ProjectRole.Admin);
        (await stakeholderClient.GetAsync($"/api/v1/projects/{created.Key}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var leadTry = await leadClient.PostAsJsonAsync($"/api/v1/projects/{created.Key}/members", new { userId = stakeholder.Id });
        var add = await adminClient.PostAsJsonAsync($"/api/v1/projects/{created.Key}/members", new { userId = stakeholder.Id });

        leadTry.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        add.StatusCode.Should().Be(HttpStatusCode.OK);
        (await stakeholderClient.GetAsync($"/api/v1/projects/{created.Key}")).StatusCode.Should().Be(HttpStatusCode.OK);
        var remove = await adminClient.DeleteAsync($"/api/v1/projects/{created.Key}/members/{stakeholder.Id}");
        remove.StatusCode.Should().Be(HttpStatusCode.OK);
        (await stakeholderClient.GetAsync($"/api/v1/projects/{created.Key}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Portfolio_Lead_CountsOnlyTheirProjects()
    {
        var (lead, client) = await app.SignedInAsync(ProjectRole.TeamLead);
        await CreateAsync(client, lead, kind: "cybersecurity");
        await CreateAsync(client, lead, kind: "cybersecurity");
        await CreateAsync(client, lead, kind: "other");

        var portfolio = await client.GetFromJsonAsync<JsonObject>("/api/v1/portfolio");

        portfolio!["total"]!.GetValue<int>().Should().Be(3);
        portfolio["byKind"]!["cybersecurity"]!.GetValue<int>().Should().Be(2);
        portfolio["byKind"]!["other"]!.GetValue<int>().Should().Be(1);
        portfolio["byStatus"]!["active"]!.GetValue<int>().Should().Be(3);
        portfolio["projects"]!.AsArray().Should().HaveCount(3);
    }

    private async Task<Created> CreateAsync(HttpClient client, TestUser owner, string kind = "cloudMigration")
    {
        var response = await client.PostAsJsonAsync("/api/v1/projects", TpmHubApp.ProjectBody(TpmHubApp.NewKey(), owner.Id, kind: kind));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return new Created(body!["key"]!.GetValue<string>(), body["version"]!.GetValue<uint>());
    }

    private static object UpdateBody(Created created, string ownerId, string name) => new
    {
        name,
        kind = "cloudMigration",
        phase = "build",
        status = "active",
        ownerId,
        startDate = "2026-01-05",
        targetDate = "2026-07-31",
        currency = "USD",
        description = "Updated",
        objectives = "- ship",
        version = created.Version,
    };

    private async Task AddMemberAsync(string key, string userId)
    {
        await using var factoryScope = app.Services.CreateAsyncScope();
        var factory = factoryScope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var project = await db.Projects.SingleAsync(p => p.Key == key);
        db.ProjectMembers.Add(new ProjectMember { ProjectId = project.Id, UserId = userId, AddedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    }

    private async Task<bool> ProjectExistsAsync(string key)
    {
        await using var factoryScope = app.Services.CreateAsyncScope();
        var factory = factoryScope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.Projects.AnyAsync(p => p.Key == key);
    }

    private sealed record Created(string Key, uint Version);
}
