using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;

namespace TpmHub.IntegrationTests.Users;

/// <summary>A client learns who it is, and admins manage users through the API with the Users page's rules.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class UserApiTests(TpmHubApp app)
{
    [Fact]
    public async Task Me_ReturnsTheCallersIdEmailNameAndRole()
    {
        var (lead, client) = await app.SignedInAsync(ProjectRole.TeamLead);

        var me = (await client.GetFromJsonAsync<JsonObject>("/api/v1/me"))!;

        me["id"]!.GetValue<string>().Should().Be(lead.Id);
        me["email"]!.GetValue<string>().Should().Be(lead.Email);
        me["displayName"]!.GetValue<string>().Should().Be("Test TeamLead");
        me["role"]!.GetValue<string>().Should().Be("teamLead");
        (await app.CreateClient().GetAsync("/api/v1/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Users_Admin_CreatesRenamesChangesRoleLocksAndUnlocks()
    {
        var (_, admin) = await app.SignedInAsync(ProjectRole.Admin);
        var email = $"api-user-{Guid.NewGuid():N}@test.local";

        var created = await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Dana Field", role = "stakeholder", password = "long-enough-pw" });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var updated = await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { displayName = "Dana Fields", role = "teamLead" });
        updated.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = (await updated.Content.ReadFromJsonAsync<JsonObject>())!;
        body["displayName"]!.GetValue<string>().Should().Be("Dana Fields");
        body["role"]!.GetValue<string>().Should().Be("teamLead");

        (await admin.PostAsync($"/api/v1/users/{id}/lock", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var list = (await admin.GetFromJsonAsync<JsonObject>("/api/v1/users?pageSize=200"))!;
        list["total"]!.GetValue<int>().Should().BeGreaterThan(0);
        (await admin.PostAsync($"/api/v1/users/{id}/unlock", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var signIn = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = "long-enough-pw" });
        signIn.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Users_BadInputAndOtherRoles_AreRefusedWithFieldNamedProblems()
    {
        var (_, admin) = await app.SignedInAsync(ProjectRole.Admin);
        var (_, lead) = await app.SignedInAsync(ProjectRole.TeamLead);

        var bad = await admin.PostAsJsonAsync("/api/v1/users", new { email = "not-an-email", displayName = "", role = "boss", password = "x" });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        errors.Select(e => e.Key).Should().Contain(["email", "displayName", "role"]);

        (await lead.GetAsync("/api/v1/users")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await lead.PostAsJsonAsync("/api/v1/users", new { email = "x@test.local", displayName = "X", role = "admin", password = "long-enough-pw" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await admin.PutAsJsonAsync($"/api/v1/users/{Guid.NewGuid()}", new { role = "admin" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
