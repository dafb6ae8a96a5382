using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;
using static TpmHub.IntegrationTests.Budget.BudgetApi;

namespace TpmHub.IntegrationTests.StatusReports;

/// <summary>Status reports (issue 11): generated drafts, edits, publishing, the Markdown document and who sees what, through the real API.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class StatusReportApiTests(TpmHubApp app)
{
    [Fact]
    public async Task Report_GenerateEditPublishMarkdown_RoundTrips()
    {
        var (work, scene) = await SceneAsync();
        var (start, end) = (Today().AddDays(-6), Today());

        var response = await work.Client.PostAsJsonAsync(List(work), new { periodStart = Iso(start), periodEnd = Iso(end) });

        var draft = await CreatedAsync(response);
        var id = draft["id"]!.GetValue<string>();
        response.Headers.Location!.ToString().Should().Be($"/api/v1/status-reports/{id}");
        draft["status"]!.GetValue<string>().Should().Be("draft");
        draft["periodStart"]!.GetValue<string>().Should().Be(Iso(start));
        draft["periodEnd"]!.GetValue<string>().Should().Be(Iso(end));
        draft["health"]!.GetValue<string>().Should().BeOneOf("green", "amber", "red");
        draft["publishedAt"].Should().BeNull();
        draft["createdAt"].Should().NotBeNull();
        var sections = draft["sections"]!.AsArray();
        sections.Select(s => s!["key"]!.GetValue<string>()).Should().Equal("health", "progress", "schedule", "earnedValue", "risks", "decisions", "asks");
        string Section(string key) => sections.Single(s => s!["key"]!.GetValue<string>() == key)!["markdown"]!.GetValue<string>();
        Section("schedule").Should().Contain("The work that sets the end date is five days late.");
        Section("schedule").Should().Contain(scene.Slipped);
        Section("risks").Should().Contain(scene.Risk).And.Contain("score 20 (critical)").And.Contain("Mitigation: Second carrier on standby");
        Section("risks").Should().Contain("raised (score 20)");
        Section("asks").Should().Contain(scene.Dependency).And.Contain("overdue").And.Contain(scene.Issue).And.Contain("high-severity issue");
        Section("earnedValue").Should().Contain("For every 10 days of work planned by now");
        Section("progress").Should().Contain(scene.Milestone).And.Contain("Next milestones");
        draft["narrative"]!.GetValue<string>().Should().StartWith("**Executive summary**").And.Contain("Overall health is");

        var edited = await OkAsync(await work.Client.PutAsJsonAsync(One(id), new { narrative = "We are **late** by a week.", version = draft["version"]!.GetValue<uint>() }));
        edited["narrative"]!.GetValue<string>().Should().Be("We are **late** by a week.");
        edited["version"]!.GetValue<uint>().Should().NotBe(draft["version"]!.GetValue<uint>());
        edited["sections"]!.ToJsonString().Should().Be(sections.ToJsonString());

        var published = await OkAsync(await work.Client.PostAsync($"{One(id)}/publish", null));
        published["status"]!.GetValue<string>().Should().Be("published");
        published["publishedAt"].Should().NotBeNull();
        published["publishedBy"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        (await OkAsync(await work.Client.GetAsync(One(id))))["status"]!.GetValue<string>().Should().Be("published");

        var markdown = await work.Client.GetAsync($"{One(id)}/markdown");
        markdown.StatusCode.Should().Be(HttpStatusCode.OK);
        markdown.Content.Headers.ContentType!.MediaType.Should().Be("text/markdown");
        markdown.Content.Headers.ContentDisposition!.FileName!.Trim('"').Should().Be($"{work.ProjectKey}-status-{Iso(end)}.md");
        var text = await markdown.Content.ReadAsStringAsync();
        text.Should().StartWith($"# Status report — Test project — {Iso(start)} to {Iso(end)}\n");
        text.Should().Contain("We are **late** by a week.").And.Contain("## Health").And.Contain("## Top risks").And.Contain("## Asks");
        text.IndexOf("We are **late**", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("## Health", StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_IsLatestPeriodFirst_AndPagesWithTotal()
    {
        var work = await NewProjectAsync(app, MondayWeeksAgo(6));
        var older = await GenerateAsync(work, Today().AddDays(-20), Today().AddDays(-14));
        var newer = await GenerateAsync(work, Today().AddDays(-6), Today());
        var middle = await GenerateAsync(work, Today().AddDays(-13), Today().AddDays(-7));

        var listed = await OkAsync(await work.Client.GetAsync(List(work)));

        listed["total"]!.GetValue<int>().Should().Be(3);
        listed["items"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).Should().Equal(newer, middle, older);
        var page = await OkAsync(await work.Client.GetAsync($"{List(work)}?page=2&pageSize=2"));
        page["items"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).Should().Equal(older);
        (await ErrorsAsync(await work.Client.GetAsync($"{List(work)}?pageSize=201"))).Should().ContainKey("pageSize");
    }

    [Fact]
    public async Task Stakeholder_SeesPublishedOnly_DraftIsNotFound_WritesAreForbidden()
    {
        var work = await NewProjectAsync(app, MondayWeeksAgo(4));
        var published = await GenerateAsync(work, Today().AddDays(-13), Today().AddDays(-7));
        await OkAsync(await work.Client.PostAsync($"{One(published)}/publish", null));
        var draft = await GenerateAsync(work, Today().AddDays(-6), Today());
        var stakeholder = await work.MemberClientAsync(ProjectRole.Stakeholder);
        var before = await work.Client.GetStringAsync(List(work));

        var listed = await OkAsync(await stakeholder.GetAsync(List(work)));
        listed["items"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).Should().Equal(published);
        listed["total"]!.GetValue<int>().Should().Be(1);
        (await OkAsync(await stakeholder.GetAsync(One(published))))["status"]!.GetValue<string>().Should().Be("published");
        (await stakeholder.GetAsync($"{One(published)}/markdown")).StatusCode.Should().Be(HttpStatusCode.OK);
        await NotFoundAsync(await stakeholder.GetAsync(One(draft)));
        await NotFoundAsync(await stakeholder.GetAsync($"{One(draft)}/markdown"));

        foreach (var (method, path, body) in Writes(work, draft, 1))
        {
            (await RouteRoles.SendAsync(stakeholder, method, path, body)).Should().Be(HttpStatusCode.Forbidden, $"stakeholder {method} {path}");
        }

        (await work.Client.GetStringAsync(List(work))).Should().Be(before);
    }

    [Fact]
    public async Task NonMember_GetsNotFoundOnEveryRoute_AnonymousGets401()
    {
        var work = await NewProjectAsync(app, MondayWeeksAgo(4));
        var report = await GenerateAsync(work, Today().AddDays(-6), Today());
        var (_, outsider) = await app.SignedInAsync(ProjectRole.TeamLead);
        var anonymous = app.CreateClient();
        var before = await work.Client.GetStringAsync(List(work));
        (string, string, string?)[] reads = [("GET", List(work), null), ("GET", One(report), null), ("GET", $"{One(report)}/markdown", null)];

        foreach (var (method, path, body) in reads.Concat(Writes(work, report, 1)))
        {
            (await RouteRoles.SendAsync(outsider, method, path, body)).Should().Be(HttpStatusCode.NotFound, $"non-member {method} {path}");
            (await RouteRoles.SendAsync(anonymous, method, path, body)).Should().Be(HttpStatusCode.Unauthorized, $"anonymous {method} {path}");
        }

        (await work.Client.GetStringAsync(List(work))).Should().Be(before);
    }

    [Theory]
    [InlineData("""{"periodEnd":"{today}"}""", "periodStart")]
    [InlineData("""{"periodStart":"{today}"}""", "periodEnd")]
    [InlineData("""{"periodStart":"{today}","periodEnd":"{yesterday}"}""", "periodEnd")]
    [InlineData("""{"periodStart":"{yearAndTwoDaysAgo}","periodEnd":"{today}"}""", "periodEnd")]
    [InlineData("""{"periodStart":"{today}","periodEnd":"{tomorrow}"}""", "periodEnd")]
    [InlineData("""{"periodStart":"23/11/2026","periodEnd":"{today}"}""", "periodStart")]
    [InlineData("""{"periodStart":"{today}","periodEnd":"2026-02-30"}""", "periodEnd")]
    [InlineData("""{"periodStart":"1980-01-01","periodEnd":"1980-01-07"}""", "periodStart")]
    [InlineData("""{"periodStart":"{today}\u0000","periodEnd":"{today}"}""", "periodStart")]
    [InlineData("""{"periodStart":20261123,"periodEnd":"{today}"}""", "periodStart")]
    public async Task Generate_BadPeriod_Returns400NamingTheFieldAndSavesNothing(string body, string field)
    {
        var work = await NewProjectAsync(app, MondayWeeksAgo(4));
        await GenerateAsync(work, Today().AddDays(-6), Today());
        var before = await work.Client.GetStringAsync(List(work));
        var today = Today();
        var filled = body.Replace("{today}", Iso(today), StringComparison.Ordinal).Replace("{yesterday}", Iso(today.AddDays(-1)), StringComparison.Ordinal)
            .Replace("{tomorrow}", Iso(today.AddDays(1)), StringComparison.Ordinal)
            .Replace("{yearAndTwoDaysAgo}", Iso(today.AddYears(-1).AddDays(-2)), StringComparison.Ordinal);

        (await ErrorsAsync(await work.Client.SendJsonAsync(HttpMethod.Post, List(work), filled))).Should().ContainKey(field);

        (await work.Client.GetStringAsync(List(work))).Should().Be(before);
    }

    [Fact]
    public async Task Generate_PeriodOfExactlyOneYear_IsAccepted()
    {
        var work = await NewProjectAsync(app, MondayWeeksAgo(4));

        var id = await GenerateAsync(work, Today().AddYears(-1), Today());

        (await OkAsync(await work.Client.GetAsync(One(id))))["periodStart"]!.GetValue<string>().Should().Be(Iso(Today().AddYears(-1)));
    }

    [Fact]
    public async Task PublishedReport_IsReadOnly_EditDeleteAndRepublishAre409_AndNothingChanges()
    {
        var work = await NewProjectAsync(app, MondayWeeksAgo(4));
        var id = await GenerateAsync(work, Today().AddDays(-6), Today());
        var published = await OkAsync(await work.Client.PostAsync($"{One(id)}/publish", null));
        var before = await work.Client.GetStringAsync(One(id));

        var edit = await work.Client.PutAsJsonAsync(One(id), new { narrative = "Changed after the fact", version = published["version"]!.GetValue<uint>() });
        edit.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = (await edit.Content.ReadFromJsonAsync<JsonObject>())!;
        problem["detail"]!.GetValue<string>().Should().Contain("published and read-only");
        problem["current"]!["status"]!.GetValue<string>().Should().Be("published");
        (await work.Client.DeleteAsync(One(id))).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await work.Client.PostAsync($"{One(id)}/publish", null)).StatusCode.Should().Be(HttpStatusCode.Conflict);

        (await work.Client.GetStringAsync(One(id))).Should().Be(before);
    }

    [Fact]
    public async Task Put_StaleVersion_Returns409WithTheCurrentReport()
    {
        var work = await NewProjectAsync(app, MondayWeeksAgo(4));
        var id = await GenerateAsync(work, Today().AddDays(-6), Today());
        var version = (await OkAsync(await work.Client.GetAsync(One(id))))["version"]!.GetValue<uint>();
        await OkAsync(await work.Client.PutAsJsonAsync(One(id), new { narrative = "First", version }));

        var stale = await work.Client.PutAsJsonAsync(One(id), new { narrative = "Second", version });

        stale.StatusCode.Should().Be(HttpStatusCode.Conflict, await stale.Content.ReadAsStringAsync());
        (await stale.Content.ReadFromJsonAsync<JsonObject>())!["current"]!["narrative"]!.GetValue<string>().Should().Be("First");
        (await OkAsync(await work.Client.GetAsync(One(id))))["narrative"]!.GetValue<string>().Should().Be("First");
    }

    [Theory]
    [InlineData("""{"narrative":"x\u0000y","version":1}""", "narrative")]
    [InlineData("""{"version":1}""", "narrative")]
    [InlineData("""{"narrative":"x"}""", "version")]
    [InlineData("""{"narrative":"x","version":"v1"}""", "version")]
    [InlineData("""{"narrative":42,"version":1}""", "narrative")]
    public async Task Put_BadInput_Returns400NamingTheFieldAndChangesNothing(string body, string field)
    {
        var work = await NewProjectAsync(app, MondayWeeksAgo(4));
        var id = await GenerateAsync(work, Today().AddDays(-6), Today());
        var before = await work.Client.GetStringAsync(One(id));

        (await ErrorsAsync(await work.Client.SendJsonAsync(HttpMethod.Put, One(id), body))).Should().ContainKey(field);

        (await work.Client.GetStringAsync(One(id))).Should().Be(before);
    }

    [Fact]
    public async Task Put_NarrativeOverTheLimit_Is400()
    {
        var work = await NewProjectAsync(app, MondayWeeksAgo(4));
        var id = await GenerateAsync(work, Today().AddDays(-6), Today());
        var version = (await OkAsync(await work.Client.GetAsync(One(id))))["version"]!.GetValue<uint>();

        (await ErrorsAsync(await work.Client.PutAsJsonAsync(One(id), new { narrative = new string('n', 20_001), version }))).Should().ContainKey("narrative");
        (await OkAsync(await work.Client.PutAsJsonAsync(One(id), new { narrative = new string('n', 20_000), version })))["narrative"]!.GetValue<string>()
            .Should().HaveLength(20_000);
    }

    [Fact]
    public async Task Delete_Draft_RemovesIt()
    {
        var work = await NewProjectAsync(app, MondayWeeksAgo(4));
        var id = await GenerateAsync(work, Today().AddDays(-6), Today());

        (await work.Client.DeleteAsync(One(id))).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await NotFoundAsync(await work.Client.GetAsync(One(id)));
        (await OkAsync(await work.Client.GetAsync(List(work))))["total"]!.GetValue<int>().Should().Be(0);
    }

    [Theory]
    [InlineData("random")]
    [InlineData("not-a-guid")]
    public async Task UnknownOrMalformedId_Is404ProblemDetails(string kind)
    {
        var work = await NewProjectAsync(app, MondayWeeksAgo(4));
        var id = kind == "random" ? Guid.NewGuid().ToString() : kind;

        await NotFoundAsync(await work.Client.GetAsync(One(id)));
        await NotFoundAsync(await work.Client.GetAsync($"{One(id)}/markdown"));
        await NotFoundAsync(await work.Client.PutAsJsonAsync(One(id), new { narrative = "x", version = 1 }));
        await NotFoundAsync(await work.Client.PostAsync($"{One(id)}/publish", null));
        await NotFoundAsync(await work.Client.DeleteAsync(One(id)));
    }

    [Fact]
    public async Task ReportOfAnotherProject_IsNotFound_ThroughTheOtherProjectsLead()
    {
        var work = await NewProjectAsync(app, MondayWeeksAgo(4));
        var other = await NewProjectAsync(app, MondayWeeksAgo(4));
        var theirs = await GenerateAsync(other, Today().AddDays(-6), Today());

        await NotFoundAsync(await work.Client.GetAsync(One(theirs)));
        await NotFoundAsync(await work.Client.DeleteAsync(One(theirs)));
        (await OkAsync(await other.Client.GetAsync(One(theirs))))["id"]!.GetValue<string>().Should().Be(theirs);
    }

    /// <summary>What the round trip's report must name.</summary>
    private sealed record SceneKeys(string Slipped, string Milestone, string Risk, string Dependency, string Issue);

    /// <summary>
    /// A project started four weeks ago: A (budgeted, part done) → B → milestone M on the critical path, a baseline, then A
    /// five days longer (the critical path slips five working days); a critical risk raised today, an overdue dependency and
    /// an open high-severity issue.
    /// </summary>
    private async Task<(WorkApi Work, SceneKeys Keys)> SceneAsync()
    {
        var work = await NewProjectAsync(app, MondayWeeksAgo(4));
        var a = await work.AddItemAsync("Build the landing zone", 20, budget: 10_000m);
        var b = await work.AddItemAsync("Pilot", 5, budget: 5_000m);
        var m = await work.AddItemAsync("Pilot sign-off", 0, type: "milestone");
        (await work.LinkAsync(a, b)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await work.LinkAsync(b, m)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/baselines", new { name = "Approved" })).EnsureSuccessStatusCode();
        var item = await OkAsync(await work.Client.GetAsync($"/api/v1/work-items/{a}"));
        await OkAsync(await work.Client.PatchAsJsonAsync($"/api/v1/work-items/{a}", new { durationDays = 25, version = item["version"]!.GetValue<uint>() }));
        await ProgressAsync(work, a, 40, Today());
        await ExpenseAsync(work, Today(), 3_000m);
        var raid = $"/api/v1/projects/{work.ProjectKey}/raid";
        var risk = await CreatedAsync(await work.Client.PostAsJsonAsync(raid, new
        {
            kind = "risk", title = "Carrier delivers the circuit late", probability = 4, impact = 5, category = "vendor",
            mitigationPlan = "Second carrier on standby", costImpact = 20_000,
        }));
        var dependency = await CreatedAsync(await work.Client.PostAsJsonAsync(raid, new
        {
            kind = "dependency", title = "Firewall rules", externalParty = "Network team", need = "Outbound rules", neededBy = Iso(Today().AddDays(-3)),
        }));
        var issue = await CreatedAsync(await work.Client.PostAsJsonAsync(raid, new { kind = "issue", title = "Licence audit", severity = "high" }));
        return (work, new SceneKeys(a, m, risk["key"]!.GetValue<string>(), dependency["key"]!.GetValue<string>(), issue["key"]!.GetValue<string>()));
    }

    private static string List(WorkApi work) => $"/api/v1/projects/{work.ProjectKey}/status-reports";

    private static string One(string id) => $"/api/v1/status-reports/{id}";

    private static (string Method, string Path, string? Body)[] Writes(WorkApi work, string report, uint version) =>
    [
        ("POST", List(work), $$"""{"periodStart":"{{Iso(Today().AddDays(-6))}}","periodEnd":"{{Iso(Today())}}"}"""),
        ("PUT", One(report), $$"""{"narrative":"Taken over","version":{{version}}}"""),
        ("POST", $"{One(report)}/publish", null),
        ("DELETE", One(report), null),
    ];

    private static async Task<string> GenerateAsync(WorkApi work, DateOnly start, DateOnly end) =>
        (await CreatedAsync(await work.Client.PostAsJsonAsync(List(work), new { periodStart = Iso(start), periodEnd = Iso(end) })))["id"]!.GetValue<string>();

    private static async Task NotFoundAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.NotFound, text);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", text);
    }
}
