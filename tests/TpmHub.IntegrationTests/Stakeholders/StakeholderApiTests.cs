using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;
using static TpmHub.IntegrationTests.Budget.BudgetApi;

namespace TpmHub.IntegrationTests.Stakeholders;

/// <summary>The stakeholder register (issue 11) and who may read and write it, through the real API.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class StakeholderApiTests(TpmHubApp app)
{
    [Fact]
    public async Task Stakeholder_CreateListGetPutDelete_RoundTrips()
    {
        var work = await NewProjectAsync(app);
        var list = $"/api/v1/projects/{work.ProjectKey}/stakeholders";

        var response = await work.Client.PostAsJsonAsync(list, new
        {
            name = " Dana Lee ", organisation = "Finance", title = "CFO", email = " dana@example.com ", power = 5, interest = 2,
            engagement = "neutral", desiredEngagement = "leading", strategy = "Monthly one-to-one", preferences = "Email, mornings",
        });

        var created = await CreatedAsync(response);
        var id = created["id"]!.GetValue<string>();
        var path = $"/api/v1/stakeholders/{id}";
        response.Headers.Location!.ToString().Should().Be(path);
        created["name"]!.GetValue<string>().Should().Be("Dana Lee");
        created["email"]!.GetValue<string>().Should().Be("dana@example.com");
        created["userId"].Should().BeNull();
        created["power"]!.GetValue<int>().Should().Be(5);
        created["interest"]!.GetValue<int>().Should().Be(2);
        created["engagement"]!.GetValue<string>().Should().Be("neutral");
        created["desiredEngagement"]!.GetValue<string>().Should().Be("leading");
        created["quadrant"]!.GetValue<string>().Should().Be("keepSatisfied");
        created["engagementGap"]!.GetValue<int>().Should().Be(2);
        created["gapText"]!.GetValue<string>().Should().Be("Engagement gap: neutral now, leading wanted (2 steps to go).");

        var got = await OkAsync(await work.Client.GetAsync(path));
        got.ToJsonString().Should().Be(created.ToJsonString());
        (await work.Client.GetFromJsonAsync<JsonArray>(list))!.Select(s => s!["id"]!.GetValue<string>()).Should().Equal(id);

        var put = await OkAsync(await work.Client.PutAsJsonAsync(path, new
        {
            name = "Dana Lee", organisation = "Finance", title = "CFO", email = "", power = 2, interest = 4, engagement = "supportive",
            desiredEngagement = "supportive", strategy = "", preferences = "", version = created["version"]!.GetValue<uint>(),
        }));

        put["quadrant"]!.GetValue<string>().Should().Be("keepInformed");
        put["engagementGap"]!.GetValue<int>().Should().Be(0);
        put["gapText"].Should().BeNull();
        put["email"]!.GetValue<string>().Should().Be("");
        put["version"]!.GetValue<uint>().Should().NotBe(created["version"]!.GetValue<uint>());
        (await OkAsync(await work.Client.GetAsync(path)))["interest"]!.GetValue<int>().Should().Be(4);

        (await work.Client.DeleteAsync(path)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await NotFoundAsync(await work.Client.GetAsync(path));
        await NotFoundAsync(await work.Client.DeleteAsync(path));
        (await work.Client.GetFromJsonAsync<JsonArray>(list))!.Should().BeEmpty();
    }

    [Fact]
    public async Task List_IsOrderedMostPowerfulFirst_ThenMostInterested_ThenByName()
    {
        var work = await NewProjectAsync(app);
        await StakeholderAsync(work, "Vendor AM", power: 2, interest: 4);
        await StakeholderAsync(work, "CISO", power: 4, interest: 5);
        await StakeholderAsync(work, "Network team", power: 2, interest: 2);
        await StakeholderAsync(work, "CFO", power: 5, interest: 2);
        await StakeholderAsync(work, "Auditor", power: 4, interest: 5);

        var listed = await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/projects/{work.ProjectKey}/stakeholders");

        listed!.Select(s => s!["name"]!.GetValue<string>()).Should().Equal("CFO", "Auditor", "CISO", "Vendor AM", "Network team");
        listed!.Select(s => s!["quadrant"]!.GetValue<string>()).Should().Equal("keepSatisfied", "manageClosely", "manageClosely", "keepInformed", "monitor");
    }

    [Fact]
    public async Task Put_StaleVersion_Returns409WithTheCurrentStakeholder()
    {
        var work = await NewProjectAsync(app);
        var created = await StakeholderAsync(work, "CISO", power: 4, interest: 4);
        var path = $"/api/v1/stakeholders/{created["id"]}";
        var version = created["version"]!.GetValue<uint>();
        await OkAsync(await work.Client.PutAsJsonAsync(path, Body("CISO", 5, 4, version)));

        var stale = await work.Client.PutAsJsonAsync(path, Body("CISO renamed", 1, 1, version));

        stale.StatusCode.Should().Be(HttpStatusCode.Conflict, await stale.Content.ReadAsStringAsync());
        var current = (await stale.Content.ReadFromJsonAsync<JsonObject>())!["current"]!;
        current["power"]!.GetValue<int>().Should().Be(5);
        current["name"]!.GetValue<string>().Should().Be("CISO");
        (await OkAsync(await work.Client.GetAsync(path)))["power"]!.GetValue<int>().Should().Be(5);
    }

    [Fact]
    public async Task Put_WithoutVersion_NamesVersion()
    {
        var work = await NewProjectAsync(app);
        var created = await StakeholderAsync(work, "CISO", power: 4, interest: 4);

        (await ErrorsAsync(await work.Client.PutAsJsonAsync($"/api/v1/stakeholders/{created["id"]}", Body("CISO", 5, 4, version: null))))
            .Should().ContainKey("version");
    }

    [Fact]
    public async Task UserId_OfAnUnknownUser_Is400_OfARealUser_IsAccepted()
    {
        var work = await NewProjectAsync(app);
        var list = $"/api/v1/projects/{work.ProjectKey}/stakeholders";
        var existing = await StakeholderAsync(work, "Sponsor", power: 5, interest: 5);
        var path = $"/api/v1/stakeholders/{existing["id"]}";
        var version = existing["version"]!.GetValue<uint>();
        var before = await work.Client.GetStringAsync(list);

        (await ErrorsAsync(await work.Client.PostAsJsonAsync(list, Body("Ghost", 3, 3, userId: "no-such-user")))).Should().ContainKey("userId");
        (await ErrorsAsync(await work.Client.PutAsJsonAsync(path, Body("Sponsor", 5, 5, version, userId: Guid.NewGuid().ToString()))))
            .Should().ContainKey("userId");
        (await work.Client.GetStringAsync(list)).Should().Be(before);

        var user = await app.CreateUserAsync(ProjectRole.Stakeholder);
        var created = await CreatedAsync(await work.Client.PostAsJsonAsync(list, Body("Has an account", 3, 3, userId: user.Id)));
        created["userId"]!.GetValue<string>().Should().Be(user.Id);
        var put = await OkAsync(await work.Client.PutAsJsonAsync(path, Body("Sponsor", 5, 5, version, userId: user.Id)));
        put["userId"]!.GetValue<string>().Should().Be(user.Id);
    }

    [Theory]
    [InlineData("""{"name":"S","power":0,"interest":3,"engagement":"neutral","desiredEngagement":"supportive"}""", "power")]
    [InlineData("""{"name":"S","power":6,"interest":3,"engagement":"neutral","desiredEngagement":"supportive"}""", "power")]
    [InlineData("""{"name":"S","interest":3,"engagement":"neutral","desiredEngagement":"supportive"}""", "power")]
    [InlineData("""{"name":"S","power":"high","interest":3,"engagement":"neutral","desiredEngagement":"supportive"}""", "power")]
    [InlineData("""{"name":"S","power":3,"interest":0,"engagement":"neutral","desiredEngagement":"supportive"}""", "interest")]
    [InlineData("""{"name":"S","power":3,"interest":6,"engagement":"neutral","desiredEngagement":"supportive"}""", "interest")]
    [InlineData("""{"name":"S","power":3,"engagement":"neutral","desiredEngagement":"supportive"}""", "interest")]
    [InlineData("""{"name":"S","power":3,"interest":"low","engagement":"neutral","desiredEngagement":"supportive"}""", "interest")]
    [InlineData("""{"name":"S","power":3,"interest":3,"engagement":"happy","desiredEngagement":"supportive"}""", "engagement")]
    [InlineData("""{"name":"S","power":3,"interest":3,"desiredEngagement":"supportive"}""", "engagement")]
    [InlineData("""{"name":"S","power":3,"interest":3,"engagement":"neutral"}""", "desiredEngagement")]
    [InlineData("""{"name":"S","power":3,"interest":3,"engagement":"neutral","desiredEngagement":"ecstatic"}""", "desiredEngagement")]
    [InlineData("""{"name":"S\u0000T","power":3,"interest":3,"engagement":"neutral","desiredEngagement":"supportive"}""", "name")]
    [InlineData("""{"name":"S","power":3,"interest":3,"engagement":"neutral","desiredEngagement":"supportive","strategy":"a\u0000b"}""", "strategy")]
    [InlineData("""{"name":"S","power":3,"interest":3,"engagement":"neutral","desiredEngagement":"supportive","userId":"u\u0000"}""", "userId")]
    [InlineData("""{"power":3,"interest":3,"engagement":"neutral","desiredEngagement":"supportive"}""", "name")]
    [InlineData("""{"name":"  ","power":3,"interest":3,"engagement":"neutral","desiredEngagement":"supportive"}""", "name")]
    [InlineData("""{"name":"S","email":"not-an-email","power":3,"interest":3,"engagement":"neutral","desiredEngagement":"supportive"}""", "email")]
    public async Task Stakeholder_BadField_Returns400NamingItAndSavesNothing(string body, string field)
    {
        var work = await NewProjectAsync(app);
        var existing = await StakeholderAsync(work, "Existing", power: 3, interest: 3);
        var list = $"/api/v1/projects/{work.ProjectKey}/stakeholders";
        var before = await work.Client.GetStringAsync(list);

        (await ErrorsAsync(await work.Client.SendJsonAsync(HttpMethod.Post, list, body))).Should().ContainKey(field);
        var put = body.Insert(body.Length - 1, $",\"version\":{existing["version"]}");
        (await ErrorsAsync(await work.Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/stakeholders/{existing["id"]}", put))).Should().ContainKey(field);

        (await work.Client.GetStringAsync(list)).Should().Be(before);
    }

    [Fact]
    public async Task Name_Of121Characters_Is400_Of120_IsAccepted()
    {
        var work = await NewProjectAsync(app);
        var list = $"/api/v1/projects/{work.ProjectKey}/stakeholders";

        (await ErrorsAsync(await work.Client.PostAsJsonAsync(list, Body(new string('n', 121), 3, 3)))).Should().ContainKey("name");
        (await work.Client.GetFromJsonAsync<JsonArray>(list))!.Should().BeEmpty();

        (await CreatedAsync(await work.Client.PostAsJsonAsync(list, Body(new string('n', 120), 3, 3))))["name"]!.GetValue<string>().Should().HaveLength(120);
    }

    [Fact]
    public async Task EveryStakeholderRoute_MemberStakeholderReadsButCannotWrite_OutsiderGets404_AnonymousGets401()
    {
        var work = await NewProjectAsync(app);
        var existing = await StakeholderAsync(work, "CFO", power: 5, interest: 4);
        var stakeholder = await work.MemberClientAsync(ProjectRole.Stakeholder);
        var (_, outsider) = await app.SignedInAsync(ProjectRole.TeamLead);
        var anonymous = app.CreateClient();
        var one = $"/api/v1/stakeholders/{existing["id"]}";
        var body = $$"""{"name":"X","power":1,"interest":1,"engagement":"unaware","desiredEngagement":"unaware","version":{{existing["version"]}}}""";
        (string Method, string Path, string? Body)[] routes =
        [
            ("GET", $"/api/v1/projects/{work.ProjectKey}/stakeholders", null),
            ("POST", $"/api/v1/projects/{work.ProjectKey}/stakeholders", body),
            ("GET", one, null),
            ("PUT", one, body),
            ("DELETE", one, null),
        ];
        var before = await work.Client.GetStringAsync($"/api/v1/projects/{work.ProjectKey}/stakeholders");

        await RouteRoles.AssertAsync(routes, stakeholder, outsider, anonymous);

        (await work.Client.GetStringAsync($"/api/v1/projects/{work.ProjectKey}/stakeholders")).Should().Be(before);
    }

    [Fact]
    public async Task StakeholderOfAnotherProject_IsNotFound_EvenToItsOwnLeadThroughTheOtherProject()
    {
        var work = await NewProjectAsync(app);
        var other = await NewProjectAsync(app);
        var theirs = await StakeholderAsync(other, "Their CFO", power: 5, interest: 5);
        var path = $"/api/v1/stakeholders/{theirs["id"]}";

        await NotFoundAsync(await work.Client.GetAsync(path));
        await NotFoundAsync(await work.Client.PutAsJsonAsync(path, Body("Taken", 1, 1, theirs["version"]!.GetValue<uint>())));
        await NotFoundAsync(await work.Client.DeleteAsync(path));

        (await OkAsync(await other.Client.GetAsync(path)))["name"]!.GetValue<string>().Should().Be("Their CFO");
    }

    [Fact]
    public async Task UserId_Blank_MeansNoAccount()
    {
        var work = await NewProjectAsync(app);

        var created = await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/stakeholders", Body("Vendor AM", 2, 3, userId: "  ")));

        created["userId"].Should().BeNull();
    }

    [Fact]
    public async Task DeletingTheProject_RemovesItsStakeholders()
    {
        var work = await NewProjectAsync(app);
        var created = await StakeholderAsync(work, "CFO", power: 5, interest: 5);
        var (_, admin) = await app.SignedInAsync(ProjectRole.Admin);

        (await admin.DeleteAsync($"/api/v1/projects/{work.ProjectKey}?confirm={work.ProjectKey}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await NotFoundAsync(await admin.GetAsync($"/api/v1/stakeholders/{created["id"]}"));
    }

    [Theory]
    [InlineData("random")]
    [InlineData("not-a-guid")]
    [InlineData("123")]
    public async Task UnknownOrMalformedId_Is404ProblemDetails(string kind)
    {
        var work = await NewProjectAsync(app);
        var id = kind == "random" ? Guid.NewGuid().ToString() : kind;
        var path = $"/api/v1/stakeholders/{id}";

        await NotFoundAsync(await work.Client.GetAsync(path));
        await NotFoundAsync(await work.Client.PutAsJsonAsync(path, Body("X", 1, 1, 1)));
        await NotFoundAsync(await work.Client.DeleteAsync(path));
    }

    private static object Body(string name, int power, int interest, uint? version = null, string? userId = null) => new
    {
        name, organisation = "Org", title = "", email = "", userId, power, interest, engagement = "neutral", desiredEngagement = "supportive",
        strategy = "", preferences = "", version,
    };

    private static async Task<JsonObject> StakeholderAsync(WorkApi work, string name, int power, int interest) =>
        await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/stakeholders", Body(name, power, interest)));

    private static async Task NotFoundAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.NotFound, text);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", text);
        JsonNode.Parse(text)!["status"]!.GetValue<int>().Should().Be(404);
    }
}
