using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;
using static TpmHub.IntegrationTests.Budget.BudgetApi;

namespace TpmHub.IntegrationTests.Decisions;

/// <summary>The decision log (issue 11): keys, links, superseding, and who may read and write it, through the real API.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class DecisionApiTests(TpmHubApp app)
{
    [Fact]
    public async Task Decision_CreateGetByIdAndKeyPutDelete_RoundTripsWithLinkTitles()
    {
        var work = await NewProjectAsync(app);
        var item = await work.AddItemAsync("Order the Direct Connect circuit", 5);
        var risk = await RiskAsync(work, "Carrier delivers late");
        var list = $"/api/v1/projects/{work.ProjectKey}/decisions";

        var response = await work.Client.PostAsJsonAsync(list, new
        {
            title = " Use Direct Connect for wave 2 ", context = "VPN throughput too low", decision = "Order a 1 Gbps Direct Connect",
            alternatives = "Site-to-site VPN", consequences = "Eight-week lead time", decidedBy = "Steering committee", decidedOn = "2026-02-02",
            status = "accepted", links = new[] { risk, item.ToLowerInvariant() },
        });

        var created = await CreatedAsync(response);
        var id = created["id"]!.GetValue<string>();
        created["key"]!.GetValue<string>().Should().Be($"{work.ProjectKey}-D1");
        response.Headers.Location!.ToString().Should().Be($"/api/v1/decisions/{id}");
        created["title"]!.GetValue<string>().Should().Be("Use Direct Connect for wave 2");
        created["decision"]!.GetValue<string>().Should().Be("Order a 1 Gbps Direct Connect");
        created["status"]!.GetValue<string>().Should().Be("accepted");
        created["decidedOn"]!.GetValue<string>().Should().Be("2026-02-02");
        created["links"]!.AsArray().Select(l => $"{l!["key"]} {l["kind"]} {l["title"]}")
            .Should().Equal($"{item} workItem Order the Direct Connect circuit", $"{risk} raidEntry Carrier delivers late");
        created["supersededBy"].Should().BeNull();
        created["supersedes"]!.AsArray().Should().BeEmpty();

        (await OkAsync(await work.Client.GetAsync($"/api/v1/decisions/{id}"))).ToJsonString().Should().Be(created.ToJsonString());
        (await OkAsync(await work.Client.GetAsync($"/api/v1/decisions/{work.ProjectKey}-D1"))).ToJsonString().Should().Be(created.ToJsonString());

        var put = await OkAsync(await work.Client.PutAsJsonAsync($"/api/v1/decisions/{id}", new
        {
            title = "Use Direct Connect for wave 2", decision = "Order two circuits", status = "proposed", links = new[] { item },
            version = created["version"]!.GetValue<uint>(),
        }));
        put["links"]!.AsArray().Select(l => l!["key"]!.GetValue<string>()).Should().Equal(item);
        put["decidedOn"].Should().BeNull();
        put["version"]!.GetValue<uint>().Should().NotBe(created["version"]!.GetValue<uint>());

        (await work.Client.DeleteAsync($"/api/v1/decisions/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await work.Client.GetAsync($"/api/v1/decisions/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await CreatedAsync(await work.Client.PostAsJsonAsync(list, Body("Next"))))["key"]!.GetValue<string>().Should().Be($"{work.ProjectKey}-D2");
    }

    [Fact]
    public async Task List_IsNewestDecidedFirst_ProposedOnTop_AndFiltersByStatus()
    {
        var work = await NewProjectAsync(app);
        var list = $"/api/v1/projects/{work.ProjectKey}/decisions";
        await DecisionAsync(work, "Old", "accepted", "2026-01-10");
        await DecisionAsync(work, "Newest", "rejected", "2026-03-01");
        await DecisionAsync(work, "Open", "proposed", null);
        await DecisionAsync(work, "Middle", "accepted", "2026-02-01");

        (await work.Client.GetFromJsonAsync<JsonArray>(list))!.Select(d => d!["title"]!.GetValue<string>()).Should().Equal("Open", "Newest", "Middle", "Old");
        (await work.Client.GetFromJsonAsync<JsonArray>($"{list}?status=accepted"))!.Select(d => d!["title"]!.GetValue<string>()).Should().Equal("Middle", "Old");
        (await ErrorsAsync(await work.Client.GetAsync($"{list}?status=maybe"))).Should().ContainKey("status");
    }

    [Fact]
    public async Task Supersede_NamesBothWays_AndTheReplacementCannotBeDeleted()
    {
        var work = await NewProjectAsync(app);
        var old = await DecisionAsync(work, "Lift-and-shift the ERP database", "accepted", "2026-01-10");
        var replacement = await DecisionAsync(work, "Re-platform the ERP database to RDS now", "accepted", "2026-03-02");

        var superseded = await OkAsync(await work.Client.PutAsJsonAsync($"/api/v1/decisions/{old["id"]}",
            Body("Lift-and-shift the ERP database", "superseded", "2026-01-10", old["version"]!.GetValue<uint>(), supersededBy: replacement["key"]!.GetValue<string>())));

        superseded["supersededBy"]!["id"]!.GetValue<string>().Should().Be(replacement["id"]!.GetValue<string>());
        superseded["supersededBy"]!["title"]!.GetValue<string>().Should().Be("Re-platform the ERP database to RDS now");
        var newer = await OkAsync(await work.Client.GetAsync($"/api/v1/decisions/{replacement["id"]}"));
        newer["supersedes"]!.AsArray().Select(s => s!["key"]!.GetValue<string>()).Should().Equal(old["key"]!.GetValue<string>());

        var refused = await work.Client.DeleteAsync($"/api/v1/decisions/{replacement["id"]}");
        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>().Should().Contain(old["key"]!.GetValue<string>());
        await OkAsync(await work.Client.GetAsync($"/api/v1/decisions/{replacement["id"]}"));

        // The superseded one itself may go; then the replacement is free to go too.
        (await work.Client.DeleteAsync($"/api/v1/decisions/{old["id"]}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await work.Client.DeleteAsync($"/api/v1/decisions/{replacement["id"]}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Supersede_Rules_AreFieldErrorsOnSupersededBy_AndChangeNothing()
    {
        var work = await NewProjectAsync(app);
        var a = await DecisionAsync(work, "A", "accepted", "2026-01-10");
        var b = await DecisionAsync(work, "B", "accepted", "2026-02-10");
        var aPath = $"/api/v1/decisions/{a["id"]}";
        var bPath = $"/api/v1/decisions/{b["id"]}";
        var aVersion = (await OkAsync(await work.Client.PutAsJsonAsync(aPath, Body("A", "superseded", "2026-01-10", a["version"]!.GetValue<uint>(),
            supersededBy: b["id"]!.GetValue<string>()))))["version"]!.GetValue<uint>();
        var bVersion = b["version"]!.GetValue<uint>();
        var list = $"/api/v1/projects/{work.ProjectKey}/decisions";
        var before = await work.Client.GetStringAsync(list);

        // B superseded by A, which B already supersedes: a 2-cycle.
        (await ErrorsAsync(await work.Client.PutAsJsonAsync(bPath, Body("B", "superseded", "2026-02-10", bVersion, supersededBy: a["key"]!.GetValue<string>()))))
            ["supersededBy"]!.ToJsonString().Should().Contain("cannot supersede each other");
        // Itself.
        (await ErrorsAsync(await work.Client.PutAsJsonAsync(bPath, Body("B", "superseded", "2026-02-10", bVersion, supersededBy: b["id"]!.GetValue<string>()))))
            ["supersededBy"]!.ToJsonString().Should().Contain("itself");
        // Superseded without naming the replacement, and a replacement on an accepted decision.
        (await ErrorsAsync(await work.Client.PutAsJsonAsync(aPath, Body("A", "superseded", "2026-01-10", aVersion)))).Should().ContainKey("supersededBy");
        (await ErrorsAsync(await work.Client.PutAsJsonAsync(aPath, Body("A", "accepted", "2026-01-10", aVersion, supersededBy: b["id"]!.GetValue<string>()))))
            .Should().ContainKey("supersededBy");
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(list, Body("C", "superseded", "2026-01-10", supersededBy: "no-such-decision"))))
            .Should().ContainKey("supersededBy");

        (await work.Client.GetStringAsync(list)).Should().Be(before);
    }

    [Fact]
    public async Task LinksAndSupersededBy_OfAnotherProject_AreRefused()
    {
        var work = await NewProjectAsync(app);
        var other = await NewProjectAsync(app);
        var theirItem = await other.AddItemAsync("Theirs", 2);
        var theirRisk = await RiskAsync(other, "Their risk");
        var theirDecision = await DecisionAsync(other, "Their decision", "accepted", "2026-01-10");
        var list = $"/api/v1/projects/{work.ProjectKey}/decisions";

        var linkErrors = await ErrorsAsync(await work.Client.PostAsJsonAsync(list, Body("X", links: [theirItem, theirRisk, $"{work.ProjectKey}-99"])));
        var messages = linkErrors["links"]!.ToJsonString();
        messages.Should().Contain(theirItem).And.Contain(theirRisk).And.Contain($"{work.ProjectKey}-99");
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(list, Body("X", "superseded", "2026-01-10", supersededBy: theirDecision["id"]!.GetValue<string>()))))
            .Should().ContainKey("supersededBy");
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(list, Body("X", "superseded", "2026-01-10", supersededBy: theirDecision["key"]!.GetValue<string>()))))
            .Should().ContainKey("supersededBy");
        (await work.Client.GetFromJsonAsync<JsonArray>(list))!.Should().BeEmpty();

        (await work.Client.GetAsync($"/api/v1/decisions/{theirDecision["key"]}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await work.Client.DeleteAsync($"/api/v1/decisions/{theirDecision["id"]}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"decision":"d"}""", "title")]
    [InlineData("""{"title":"t"}""", "decision")]
    [InlineData("""{"title":"t","decision":"d","status":"final"}""", "status")]
    [InlineData("""{"title":"t","decision":"d","status":"accepted"}""", "decidedOn")]
    [InlineData("""{"title":"t","decision":"d","status":"accepted","decidedOn":"2026-13-01"}""", "decidedOn")]
    [InlineData("""{"title":"t","decision":"d","decidedOn":"9999-12-31"}""", "decidedOn")]
    [InlineData("""{"title":"t\u0000","decision":"d"}""", "title")]
    [InlineData("""{"title":"t","decision":"d","consequences":"c\u0000"}""", "consequences")]
    [InlineData("""{"title":"t","decision":"d","links":["NOPE-1"]}""", "links")]
    [InlineData("""{"title":"t","decision":"d","links":"CLD-1"}""", "links")]
    public async Task Decision_BadField_Returns400NamingItAndSavesNothing(string body, string field)
    {
        var work = await NewProjectAsync(app);
        var existing = await DecisionAsync(work, "Existing", "proposed", null);
        var list = $"/api/v1/projects/{work.ProjectKey}/decisions";
        var before = await work.Client.GetStringAsync(list);

        (await ErrorsAsync(await work.Client.SendJsonAsync(HttpMethod.Post, list, body))).Should().ContainKey(field);
        var put = body.Insert(body.Length - 1, $",\"version\":{existing["version"]}");
        (await ErrorsAsync(await work.Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/decisions/{existing["id"]}", put))).Should().ContainKey(field);

        (await work.Client.GetStringAsync(list)).Should().Be(before);
    }

    [Fact]
    public async Task Put_StaleVersion_Returns409WithTheCurrentDecision()
    {
        var work = await NewProjectAsync(app);
        var created = await DecisionAsync(work, "Original", "proposed", null);
        var path = $"/api/v1/decisions/{created["id"]}";
        var version = created["version"]!.GetValue<uint>();
        await OkAsync(await work.Client.PutAsJsonAsync(path, Body("Theirs", version: version)));

        var stale = await work.Client.PutAsJsonAsync(path, Body("Mine", version: version));

        stale.StatusCode.Should().Be(HttpStatusCode.Conflict, await stale.Content.ReadAsStringAsync());
        (await stale.Content.ReadFromJsonAsync<JsonObject>())!["current"]!["title"]!.GetValue<string>().Should().Be("Theirs");
        (await ErrorsAsync(await work.Client.PutAsJsonAsync(path, Body("No version")))).Should().ContainKey("version");
    }

    [Fact]
    public async Task EveryDecisionRoute_MemberStakeholderReadsButCannotWrite_OutsiderGets404_AnonymousGets401()
    {
        var work = await NewProjectAsync(app);
        var existing = await DecisionAsync(work, "D", "proposed", null);
        var stakeholder = await work.MemberClientAsync(ProjectRole.Stakeholder);
        var (_, outsider) = await app.SignedInAsync(ProjectRole.TeamLead);
        var anonymous = app.CreateClient();
        var body = $$"""{"title":"X","decision":"d","version":{{existing["version"]}}}""";
        (string Method, string Path, string? Body)[] routes =
        [
            ("GET", $"/api/v1/projects/{work.ProjectKey}/decisions", null),
            ("POST", $"/api/v1/projects/{work.ProjectKey}/decisions", body),
            ("GET", $"/api/v1/decisions/{existing["id"]}", null),
            ("GET", $"/api/v1/decisions/{existing["key"]}", null),
            ("PUT", $"/api/v1/decisions/{existing["id"]}", body),
            ("DELETE", $"/api/v1/decisions/{existing["key"]}", null),
        ];
        var before = await work.Client.GetStringAsync($"/api/v1/projects/{work.ProjectKey}/decisions");

        await RouteRoles.AssertAsync(routes, stakeholder, outsider, anonymous);

        (await work.Client.GetStringAsync($"/api/v1/projects/{work.ProjectKey}/decisions")).Should().Be(before);
    }

    [Fact]
    public async Task DeletingTheProject_WithASupersedeChain_RemovesItsDecisions()
    {
        var work = await NewProjectAsync(app);
        var item = await work.AddItemAsync("Item", 2);
        var a = await DecisionAsync(work, "A", "accepted", "2026-01-10");
        var b = await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/decisions", Body("B", links: [item])));
        await OkAsync(await work.Client.PutAsJsonAsync($"/api/v1/decisions/{a["id"]}",
            Body("A", "superseded", "2026-01-10", a["version"]!.GetValue<uint>(), supersededBy: b["id"]!.GetValue<string>())));
        var (_, admin) = await app.SignedInAsync(ProjectRole.Admin);

        (await admin.DeleteAsync($"/api/v1/projects/{work.ProjectKey}?confirm={work.ProjectKey}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await admin.GetAsync($"/api/v1/decisions/{a["id"]}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/v1/decisions/{b["id"]}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeletingALinkedWorkItem_DropsTheLink()
    {
        var work = await NewProjectAsync(app);
        var item = await work.AddItemAsync("Going away", 2);
        var created = await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/decisions", Body("D", links: [item])));

        (await work.Client.DeleteAsync($"/api/v1/work-items/{item}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await OkAsync(await work.Client.GetAsync($"/api/v1/decisions/{created["id"]}")))["links"]!.AsArray().Should().BeEmpty();
    }

    private static object Body(string title, string status = "proposed", string? decidedOn = null, uint? version = null, string? supersededBy = null,
        string[]? links = null) => new
    {
        title, context = "", decision = "We decided", alternatives = "", consequences = "", decidedBy = "Steering", decidedOn, status, links, supersededBy, version,
    };

    private static async Task<JsonObject> DecisionAsync(WorkApi work, string title, string status, string? decidedOn) =>
        await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/decisions", Body(title, status, decidedOn)));

    private static async Task<string> RiskAsync(WorkApi work, string title) =>
        (await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/raid",
            new { kind = "risk", title, probability = 3, impact = 3, category = "vendor" })))["key"]!.GetValue<string>();
}
