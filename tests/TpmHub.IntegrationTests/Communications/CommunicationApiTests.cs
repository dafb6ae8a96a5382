using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;
using static TpmHub.IntegrationTests.Budget.BudgetApi;

namespace TpmHub.IntegrationTests.Communications;

/// <summary>The communication plan (issue 11): lines, overdue, "mark sent", and who may read and write it, through the real API.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class CommunicationApiTests(TpmHubApp app)
{
    [Fact]
    public async Task Communication_CreateListGetPutDelete_RoundTrips()
    {
        var work = await NewProjectAsync(app);
        var cfo = await StakeholderAsync(work, "Dana Lee");
        var ciso = await StakeholderAsync(work, "Raj Menon");
        var list = $"/api/v1/projects/{work.ProjectKey}/communications";
        var due = Iso(Today().AddDays(3));

        var response = await work.Client.PostAsJsonAsync(list, new
        {
            audience = " Steering committee ", stakeholderIds = new[] { ciso, cfo }, what = "Weekly status: RAG, milestones, top risks", channel = "Email",
            frequency = "weekly", ownerId = work.Lead.Id, nextDue = due, notes = "Send before Monday 10:00",
        });

        var created = await CreatedAsync(response);
        var id = created["id"]!.GetValue<string>();
        var path = $"/api/v1/communications/{id}";
        response.Headers.Location!.ToString().Should().Be(path);
        created["audience"]!.GetValue<string>().Should().Be("Steering committee");
        created["stakeholders"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).Should().Equal("Dana Lee", "Raj Menon");
        created["frequency"]!.GetValue<string>().Should().Be("weekly");
        created["ownerId"]!.GetValue<string>().Should().Be(work.Lead.Id);
        created["ownerName"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        created["nextDue"]!.GetValue<string>().Should().Be(due);
        created["lastSentOn"].Should().BeNull();
        created["overdue"]!.GetValue<bool>().Should().BeFalse();
        created["dueText"]!.GetValue<string>().Should().StartWith("Due on ");

        (await OkAsync(await work.Client.GetAsync(path))).ToJsonString().Should().Be(created.ToJsonString());
        (await work.Client.GetFromJsonAsync<JsonArray>(list))!.Select(c => c!["id"]!.GetValue<string>()).Should().Equal(id);

        var put = await OkAsync(await work.Client.PutAsJsonAsync(path, new
        {
            audience = "CFO", stakeholderIds = new[] { cfo }, what = "Budget review", channel = "Teams call", frequency = "fortnightly",
            nextDue = due, notes = "", version = created["version"]!.GetValue<uint>(),
        }));

        put["stakeholders"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).Should().Equal(cfo);
        put["frequency"]!.GetValue<string>().Should().Be("fortnightly");
        put["ownerId"].Should().BeNull();
        put["version"]!.GetValue<uint>().Should().NotBe(created["version"]!.GetValue<uint>());

        (await work.Client.DeleteAsync(path)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await work.Client.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await work.Client.GetFromJsonAsync<JsonArray>(list))!.Should().BeEmpty();
    }

    [Fact]
    public async Task Overdue_IsFlaggedOnTheLine_AndCountedOnThePortfolio()
    {
        var work = await NewProjectAsync(app);
        var late = await CommunicationAsync(work, "weekly", Today().AddDays(-7));
        await CommunicationAsync(work, "monthly", Today());

        late["overdue"]!.GetValue<bool>().Should().BeTrue();
        late["dueText"]!.GetValue<string>().Should().StartWith("Overdue since ");
        var listed = await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/projects/{work.ProjectKey}/communications");
        listed!.Select(c => c!["overdue"]!.GetValue<bool>()).Should().Equal(true, false);
        listed![1]!["dueText"]!.GetValue<string>().Should().Be("Due today");

        var portfolio = await OkAsync(await work.Client.GetAsync("/api/v1/portfolio"));
        portfolio["communicationsOverdue"]![work.ProjectKey]!.GetValue<int>().Should().Be(1);

        var other = await NewProjectAsync(app);
        (await OkAsync(await other.Client.GetAsync("/api/v1/portfolio")))["communicationsOverdue"]!.AsObject().Should().NotContainKey(work.ProjectKey);
    }

    [Fact]
    public async Task MarkSent_Weekly_MovesNextDueAWeekFromTheSentDate_AndClearsOverdue()
    {
        var work = await NewProjectAsync(app);
        var created = await CommunicationAsync(work, "weekly", Today().AddDays(-10));
        var sentOn = Today().AddDays(-2);

        var sent = await OkAsync(await work.Client.PostAsJsonAsync($"/api/v1/communications/{created["id"]}/sent", new { on = Iso(sentOn) }));

        sent["moved"]!.GetValue<bool>().Should().BeTrue();
        sent["message"]!.GetValue<string>().Should().Contain(Iso(sentOn.AddDays(7)));
        var communication = sent["communication"]!;
        communication["nextDue"]!.GetValue<string>().Should().Be(Iso(sentOn.AddDays(7)));
        communication["lastSentOn"]!.GetValue<string>().Should().Be(Iso(sentOn));
        communication["overdue"]!.GetValue<bool>().Should().BeFalse();
        (await OkAsync(await work.Client.GetAsync($"/api/v1/communications/{created["id"]}")))["nextDue"]!.GetValue<string>().Should().Be(Iso(sentOn.AddDays(7)));
    }

    [Fact]
    public async Task MarkSent_WithAnEmptyJsonBody_SendsToday_Monthly()
    {
        var work = await NewProjectAsync(app);
        var created = await CommunicationAsync(work, "monthly", Today().AddDays(-1));
        var path = $"/api/v1/communications/{created["id"]}";

        var sent = await OkAsync(await work.Client.SendJsonAsync(HttpMethod.Post, $"{path}/sent", ""));

        sent["communication"]!["lastSentOn"]!.GetValue<string>().Should().Be(Iso(Today()));
        sent["communication"]!["nextDue"]!.GetValue<string>().Should().Be(Iso(Today().AddMonths(1)));
        var again = await OkAsync(await work.Client.SendJsonAsync(HttpMethod.Post, $"{path}/sent", "{}"));
        again["communication"]!["nextDue"]!.GetValue<string>().Should().Be(Iso(Today().AddMonths(1)));
    }

    [Fact]
    public async Task MarkSent_PerMilestone_GoesToTheNextOpenMilestonesPlannedFinish_OrStaysAndSaysSo()
    {
        var work = await NewProjectAsync(app);
        var build = await work.AddItemAsync("Build", 10);
        var gate = await work.AddItemAsync("Go-live gate", 0, type: "milestone");
        (await work.LinkAsync(build, gate)).StatusCode.Should().Be(HttpStatusCode.Created);
        var milestoneDate = (await work.ScheduledAsync(gate))["earlyFinish"]!.GetValue<string>();
        var due = new DateOnly(2026, 1, 5);
        var created = await CommunicationAsync(work, "perMilestone", due);
        var path = $"/api/v1/communications/{created["id"]}/sent";

        var sent = await OkAsync(await work.Client.PostAsJsonAsync(path, new { on = "2026-01-05" }));
        sent["moved"]!.GetValue<bool>().Should().BeTrue();
        sent["communication"]!["nextDue"]!.GetValue<string>().Should().Be(milestoneDate);

        var after = await OkAsync(await work.Client.PostAsJsonAsync(path, new { on = milestoneDate }));
        after["moved"]!.GetValue<bool>().Should().BeFalse();
        after["message"]!.GetValue<string>().Should().Contain("no open milestone");
        after["communication"]!["nextDue"]!.GetValue<string>().Should().Be(milestoneDate);
        after["communication"]!["lastSentOn"]!.GetValue<string>().Should().Be(milestoneDate);
    }

    [Theory]
    [InlineData("""{"on":"tomorrow"}""")]
    [InlineData("""{"on":"1980-01-01"}""")]
    [InlineData("""{"on":"FUTURE"}""")]
    public async Task MarkSent_BadOrFutureDate_NamesOnAndChangesNothing(string body)
    {
        var work = await NewProjectAsync(app);
        var created = await CommunicationAsync(work, "weekly", Today());
        var path = $"/api/v1/communications/{created["id"]}";

        var response = await work.Client.SendJsonAsync(HttpMethod.Post, $"{path}/sent", body.Replace("FUTURE", Iso(Today().AddDays(1)), StringComparison.Ordinal));

        (await ErrorsAsync(response)).Should().ContainKey("on");
        (await OkAsync(await work.Client.GetAsync(path))).ToJsonString().Should().Be(created.ToJsonString());
    }

    [Fact]
    public async Task Put_StaleVersion_Returns409WithTheCurrentLine_AndMarkSentWithAStaleVersionToo()
    {
        var work = await NewProjectAsync(app);
        var created = await CommunicationAsync(work, "weekly", Today());
        var path = $"/api/v1/communications/{created["id"]}";
        var version = created["version"]!.GetValue<uint>();
        await OkAsync(await work.Client.PutAsJsonAsync(path, Body("weekly", Today(), version, audience: "Board")));

        var stale = await work.Client.PutAsJsonAsync(path, Body("monthly", Today(), version, audience: "Mine"));

        stale.StatusCode.Should().Be(HttpStatusCode.Conflict, await stale.Content.ReadAsStringAsync());
        (await stale.Content.ReadFromJsonAsync<JsonObject>())!["current"]!["audience"]!.GetValue<string>().Should().Be("Board");
        (await work.Client.PostAsJsonAsync($"{path}/sent", new { version })).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await OkAsync(await work.Client.GetAsync(path)))["nextDue"]!.GetValue<string>().Should().Be(Iso(Today()));
    }

    [Theory]
    [InlineData("""{"what":"w","channel":"c","frequency":"weekly","nextDue":"2026-12-01"}""", "audience")]
    [InlineData("""{"audience":"a","channel":"c","frequency":"weekly","nextDue":"2026-12-01"}""", "what")]
    [InlineData("""{"audience":"a","what":"w","frequency":"weekly","nextDue":"2026-12-01"}""", "channel")]
    [InlineData("""{"audience":"a","what":"w","channel":"c","nextDue":"2026-12-01"}""", "frequency")]
    [InlineData("""{"audience":"a","what":"w","channel":"c","frequency":"daily","nextDue":"2026-12-01"}""", "frequency")]
    [InlineData("""{"audience":"a","what":"w","channel":"c","frequency":"weekly"}""", "nextDue")]
    [InlineData("""{"audience":"a","what":"w","channel":"c","frequency":"weekly","nextDue":"01/12/2026"}""", "nextDue")]
    [InlineData("""{"audience":"a","what":"w","channel":"c","frequency":"weekly","nextDue":"2101-01-01"}""", "nextDue")]
    [InlineData("""{"audience":"a","what":"w","channel":"c","frequency":"weekly","nextDue":"2026-12-01","ownerId":"no-such-user"}""", "ownerId")]
    [InlineData("""{"audience":"a","what":"w","channel":"c","frequency":"weekly","nextDue":"2026-12-01","stakeholderIds":["nope"]}""", "stakeholderIds")]
    [InlineData("""{"audience":"a","what":"w","channel":"c","frequency":"weekly","nextDue":"2026-12-01","stakeholderIds":["0194c1c4-0000-7000-8000-000000000000"]}""", "stakeholderIds")]
    [InlineData("""{"audience":"a\u0000","what":"w","channel":"c","frequency":"weekly","nextDue":"2026-12-01"}""", "audience")]
    public async Task Communication_BadField_Returns400NamingItAndSavesNothing(string body, string field)
    {
        var work = await NewProjectAsync(app);
        var existing = await CommunicationAsync(work, "weekly", Today());
        var list = $"/api/v1/projects/{work.ProjectKey}/communications";
        var before = await work.Client.GetStringAsync(list);

        (await ErrorsAsync(await work.Client.SendJsonAsync(HttpMethod.Post, list, body))).Should().ContainKey(field);
        var put = body.Insert(body.Length - 1, $",\"version\":{existing["version"]}");
        (await ErrorsAsync(await work.Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/communications/{existing["id"]}", put))).Should().ContainKey(field);

        (await work.Client.GetStringAsync(list)).Should().Be(before);
    }

    [Fact]
    public async Task OwnerWhoIsNotAMember_AndStakeholderOfAnotherProject_AreRefused()
    {
        var work = await NewProjectAsync(app);
        var other = await NewProjectAsync(app);
        var theirs = await StakeholderAsync(other, "Their CFO");
        var list = $"/api/v1/projects/{work.ProjectKey}/communications";

        (await ErrorsAsync(await work.Client.PostAsJsonAsync(list, Body("weekly", Today(), ownerId: other.Lead.Id)))).Should().ContainKey("ownerId");
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(list, Body("weekly", Today(), stakeholderIds: [theirs])))).Should().ContainKey("stakeholderIds");
        (await work.Client.GetFromJsonAsync<JsonArray>(list))!.Should().BeEmpty();
    }

    [Fact]
    public async Task RemovingAStakeholderFromTheRegister_RemovesThemFromTheAudience()
    {
        var work = await NewProjectAsync(app);
        var cfo = await StakeholderAsync(work, "CFO");
        var created = await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/communications",
            Body("monthly", Today(), stakeholderIds: [cfo])));

        (await work.Client.DeleteAsync($"/api/v1/stakeholders/{cfo}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var after = await OkAsync(await work.Client.GetAsync($"/api/v1/communications/{created["id"]}"));
        after["stakeholders"]!.AsArray().Should().BeEmpty();
        after["audience"]!.GetValue<string>().Should().Be("Steering committee");
    }

    [Fact]
    public async Task EveryCommunicationRoute_MemberStakeholderReadsButCannotWrite_OutsiderGets404_AnonymousGets401()
    {
        var work = await NewProjectAsync(app);
        var existing = await CommunicationAsync(work, "weekly", Today().AddDays(-1));
        var stakeholder = await work.MemberClientAsync(ProjectRole.Stakeholder);
        var (_, outsider) = await app.SignedInAsync(ProjectRole.TeamLead);
        var anonymous = app.CreateClient();
        var one = $"/api/v1/communications/{existing["id"]}";
        var body = $$"""{"audience":"X","what":"w","channel":"c","frequency":"weekly","nextDue":"2026-12-01","version":{{existing["version"]}}}""";
        (string Method, string Path, string? Body)[] routes =
        [
            ("GET", $"/api/v1/projects/{work.ProjectKey}/communications", null),
            ("POST", $"/api/v1/projects/{work.ProjectKey}/communications", body),
            ("GET", one, null),
            ("PUT", one, body),
            ("POST", $"{one}/sent", "{}"),
            ("DELETE", one, null),
        ];
        var before = await work.Client.GetStringAsync($"/api/v1/projects/{work.ProjectKey}/communications");

        await RouteRoles.AssertAsync(routes, stakeholder, outsider, anonymous);

        (await work.Client.GetStringAsync($"/api/v1/projects/{work.ProjectKey}/communications")).Should().Be(before);
    }

    [Fact]
    public async Task CommunicationOfAnotherProject_IsNotFound_AndMalformedIdsToo()
    {
        var work = await NewProjectAsync(app);
        var other = await NewProjectAsync(app);
        var theirs = await CommunicationAsync(other, "weekly", Today());

        foreach (var id in new[] { theirs["id"]!.GetValue<string>(), Guid.NewGuid().ToString(), "not-a-guid" })
        {
            var path = $"/api/v1/communications/{id}";
            (await work.Client.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.NotFound, path);
            (await work.Client.PutAsJsonAsync(path, Body("weekly", Today(), 1))).StatusCode.Should().Be(HttpStatusCode.NotFound, path);
            (await work.Client.PostAsJsonAsync($"{path}/sent", new { })).StatusCode.Should().Be(HttpStatusCode.NotFound, path);
            (await work.Client.DeleteAsync(path)).StatusCode.Should().Be(HttpStatusCode.NotFound, path);
        }

        (await OkAsync(await other.Client.GetAsync($"/api/v1/communications/{theirs["id"]}")))["nextDue"]!.GetValue<string>().Should().Be(Iso(Today()));
    }

    private static object Body(string frequency, DateOnly nextDue, uint? version = null, string audience = "Steering committee", string? ownerId = null,
        string[]? stakeholderIds = null) => new
    {
        audience, stakeholderIds, what = "Status report", channel = "Email", frequency, ownerId, nextDue = Iso(nextDue), notes = "", version,
    };

    private static async Task<JsonObject> CommunicationAsync(WorkApi work, string frequency, DateOnly nextDue) =>
        await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/communications", Body(frequency, nextDue)));

    private static async Task<string> StakeholderAsync(WorkApi work, string name) =>
        (await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/stakeholders",
            new { name, power = 4, interest = 4, engagement = "neutral", desiredEngagement = "supportive" })))["id"]!.GetValue<string>();
}
