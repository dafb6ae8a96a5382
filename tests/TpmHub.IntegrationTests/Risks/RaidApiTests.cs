using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;

namespace TpmHub.IntegrationTests.Risks;

[Collection(TpmHubAppCollection.Name)]
public sealed class RaidApiTests(TpmHubApp app)
{
    [Fact]
    public async Task CreateRisk_ReturnsKeyScoreBandAndExposure()
    {
        var work = await WorkApi.NewProjectAsync(app);

        var response = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/raid",
            new { kind = "risk", title = "Cutover data loss", probability = 4, impact = 5, category = "technical", costImpact = 200_000, ownerId = work.Lead.Id });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var risk = await response.Content.ReadFromJsonAsync<JsonObject>();
        risk!["key"]!.GetValue<string>().Should().Be($"{work.ProjectKey}-R1");
        risk["score"]!.GetValue<int>().Should().Be(20);
        risk["band"]!.GetValue<string>().Should().Be("critical");
        risk["exposure"]!.GetValue<decimal>().Should().Be(140_000m);
        risk["status"]!.GetValue<string>().Should().Be("open");
        response.Headers.Location!.ToString().Should().Be($"/api/v1/raid/{work.ProjectKey}-R1");
    }

    [Theory]
    [InlineData("""{"kind":"risk","title":"x","probability":6,"impact":3,"category":"vendor"}""", "probability")]
    [InlineData("""{"kind":"risk","title":"x","probability":3,"impact":0,"category":"vendor"}""", "impact")]
    [InlineData("""{"kind":"gossip","title":"x"}""", "kind")]
    [InlineData("""{"kind":"risk","title":"x","probability":3,"impact":3,"category":"weather"}""", "category")]
    [InlineData("""{"kind":"risk","title":"x","probability":3,"impact":3,"category":"vendor","status":"validated"}""", "status")]
    [InlineData("""{"kind":"risk","title":"x","probability":2,"impact":2,"category":"vendor","residualProbability":3,"residualImpact":3}""", "residualProbability")]
    [InlineData("""{"kind":"risk","title":"x","probability":2,"impact":2,"category":"vendor","reviewDate":"2020-01-01"}""", "reviewDate")]
    [InlineData("""{"kind":"risk","title":"x","probability":2,"impact":2,"category":"vendor","ownerId":"not-a-member"}""", "ownerId")]
    [InlineData("""{"kind":"issue","title":""}""", "title")]
    public async Task CreateEntry_BadField_Returns400NamingItAndSavesNothing(string body, string field)
    {
        var work = await WorkApi.NewProjectAsync(app);

        var response = await work.Client.PostAsync($"/api/v1/projects/{work.ProjectKey}/raid", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).Should().Contain(field);
        (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/raid"))!["total"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Heatmap_CountsOpenRisksPerCell_AndResidualMovesThem()
    {
        var work = await WorkApi.NewProjectAsync(app);
        await RiskAsync(work, 4, 5, residual: (2, 2));
        await RiskAsync(work, 4, 5);
        await RiskAsync(work, 1, 1);
        var closed = await RiskAsync(work, 3, 3);
        await UpdateAsync(work, closed, new { status = "closed" });

        var inherent = await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/raid/heatmap");
        var residual = await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/raid/heatmap?residual=true");

        inherent!["residual"]!.GetValue<bool>().Should().BeFalse();
        inherent["cells"]!.AsArray().Should().HaveCount(25);
        Cell(inherent, 4, 5).Should().Be(2);
        Cell(inherent, 1, 1).Should().Be(1);
        Cell(inherent, 3, 3).Should().Be(0, "closed risks leave the heat map");
        Cell(residual!, 4, 5).Should().Be(1);
        Cell(residual!, 2, 2).Should().Be(1);
    }

    [Fact]
    public async Task List_FiltersByKindBandAndCell()
    {
        var work = await WorkApi.NewProjectAsync(app);
        await RiskAsync(work, 5, 5);
        await RiskAsync(work, 2, 3);
        await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/raid", new { kind = "assumption", title = "Vendor keeps prices" });

        var critical = await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/raid?band=critical");
        var assumptions = await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/raid?kind=assumption");
        var cell = await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/raid?probability=2&impact=3");
        var bad = await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/raid?band=severe");

        critical!["total"]!.GetValue<int>().Should().Be(1);
        assumptions!["total"]!.GetValue<int>().Should().Be(1);
        cell!["items"]![0]!["score"]!.GetValue<int>().Should().Be(6);
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Reassess_RecordsHistory_AndTheTrendMoves()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var key = await RiskAsync(work, 4, 5, cost: 100_000m);
        var before = await TrendLatestAsync(work);

        await UpdateAsync(work, key, new { probability = 2, impact = 3 });

        var history = await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/raid/{key}/history");
        history!.Select(h => h!["score"]!.GetValue<int>()).Should().Equal(20, 6);
        var after = await TrendLatestAsync(work);
        before.Score.Should().Be(20);
        before.Exposure.Should().Be(70_000m);
        after.Score.Should().Be(6);
        after.Exposure.Should().Be(30_000m);
    }

    [Fact]
    public async Task Update_StaleVersion_Returns409WithCurrent()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var key = await RiskAsync(work, 3, 3);
        var entry = await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/raid/{key}");
        var version = entry!["version"]!.GetValue<uint>();
        await UpdateAsync(work, key, new { probability = 4 });

        var stale = await work.Client.PutAsJsonAsync($"/api/v1/raid/{key}", Body(entry, new { probability = 5 }, version));

        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<JsonObject>())!["current"]!["probability"]!.GetValue<int>().Should().Be(4);
    }

    [Fact]
    public async Task ConvertToIssue_CreatesALinkedIssueAndMarksTheRiskRealised()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var item = await work.AddItemAsync("Cut over", 3);
        var created = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/raid", new
        {
            kind = "risk", title = "Circuit late", probability = 4, impact = 4, category = "vendor", contingencyPlan = "Use VPN", workItemKeys = new[] { item },
        });
        var risk = (await created.Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();

        var converted = await work.Client.PostAsync($"/api/v1/raid/{risk}/convert-to-issue", null);

        converted.StatusCode.Should().Be(HttpStatusCode.Created);
        var issue = await converted.Content.ReadFromJsonAsync<JsonObject>();
        issue!["kind"]!.GetValue<string>().Should().Be("issue");
        issue["sourceRiskKey"]!.GetValue<string>().Should().Be(risk);
        issue["severity"]!.GetValue<string>().Should().Be("high");
        issue["workItemKeys"]!.AsArray().Select(k => k!.GetValue<string>()).Should().Equal(item);
        var after = await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/raid/{risk}");
        after!["status"]!.GetValue<string>().Should().Be("realised");
        after["raisedIssueKey"]!.GetValue<string>().Should().Be(issue["key"]!.GetValue<string>());
        (await work.Client.PostAsync($"/api/v1/raid/{risk}/convert-to-issue", null)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Stakeholder_ReadsTheLogAndWritesNothing()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var key = await RiskAsync(work, 3, 3);
        var stakeholder = await work.MemberClientAsync(ProjectRole.Stakeholder);

        (await stakeholder.GetAsync($"/api/v1/projects/{work.ProjectKey}/raid")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await stakeholder.GetAsync($"/api/v1/projects/{work.ProjectKey}/raid/heatmap")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await stakeholder.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/raid", new { kind = "risk", title = "x" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await stakeholder.PutAsJsonAsync($"/api/v1/raid/{key}", new { kind = "risk", title = "x", version = 1 })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await stakeholder.DeleteAsync($"/api/v1/raid/{key}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await stakeholder.PostAsync($"/api/v1/raid/{key}/convert-to-issue", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task NonMember_GetsNotFound()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var key = await RiskAsync(work, 3, 3);
        var (_, outsider) = await app.SignedInAsync(ProjectRole.TeamLead);

        (await outsider.GetAsync($"/api/v1/raid/{key}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await outsider.GetAsync($"/api/v1/projects/{work.ProjectKey}/raid/trend")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await outsider.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/raid", new { kind = "risk" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ExportCsv_NeutralisesFormulaCells()
    {
        var work = await WorkApi.NewProjectAsync(app);
        await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/raid",
            new { kind = "risk", title = "=HYPERLINK(\"http://evil.example\")", probability = 2, impact = 2, category = "security" });

        var response = await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/raid/export.csv");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var text = await response.Content.ReadAsStringAsync();
        text.Should().Contain("'=HYPERLINK").And.NotContain(",=HYPERLINK").And.NotContain(",\"=HYPERLINK");
    }

    [Fact]
    public async Task Templates_AddChosenRisksForTheProjectKind()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var templates = await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/projects/{work.ProjectKey}/raid/templates");
        var ids = templates!.Take(2).Select(t => t!["id"]!.GetValue<string>()).ToArray();

        var added = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/raid/templates", new { templateIds = ids });
        var unknown = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/raid/templates", new { templateIds = new[] { "nope" } });

        templates.Should().HaveCountGreaterThanOrEqualTo(6);
        added.StatusCode.Should().Be(HttpStatusCode.OK);
        (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/raid"))!["total"]!.GetValue<int>().Should().Be(2);
        unknown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PortfolioRisks_OnlyCountProjectsTheCallerSees()
    {
        var mine = await WorkApi.NewProjectAsync(app);
        var other = await WorkApi.NewProjectAsync(app);
        await RiskAsync(mine, 5, 4);
        await RiskAsync(other, 5, 4);
        await RiskAsync(other, 5, 4);

        var portfolio = await mine.Client.GetFromJsonAsync<JsonObject>("/api/v1/portfolio/risks");

        Cell(portfolio!["heatmap"]!.AsObject(), 5, 4).Should().Be(1);
        portfolio["topRisks"]!.AsArray().Select(r => r!["projectKey"]!.GetValue<string>()).Should().OnlyContain(k => k == mine.ProjectKey);
    }

    [Fact]
    public async Task List_SortByExposure_OrdersByProbabilityPercentTimesCostInTheDatabase()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var fifty = await RiskAsync(work, 1, 2, cost: 500_000m);
        var ninety = await RiskAsync(work, 5, 2, cost: 100_000m);
        var none = await RiskAsync(work, 3, 2);

        var list = await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/raid?sort=exposure&desc=true");

        list!["items"]!.AsArray().Select(e => e!["key"]!.GetValue<string>()).Should().Equal(ninety, fifty, none);
    }

    [Fact]
    public async Task PortfolioRisks_AwaitedDependencyPastItsDate_IsOverdueUntilDelivered()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd");
        var created = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/raid",
            new { kind = "dependency", title = "Firewall rules", status = "committed", externalParty = "Network team", neededBy = yesterday });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var dependency = await created.Content.ReadFromJsonAsync<JsonObject>();

        var before = await work.Client.GetFromJsonAsync<JsonObject>("/api/v1/portfolio/risks");
        var put = await work.Client.PutAsJsonAsync($"/api/v1/raid/{dependency!["key"]}", new
        {
            kind = "dependency", title = "Firewall rules", status = "delivered", externalParty = "Network team", neededBy = yesterday,
            version = dependency["version"]!.GetValue<uint>(),
        });
        var after = await work.Client.GetFromJsonAsync<JsonObject>("/api/v1/portfolio/risks");

        dependency["dependencyOverdue"]!.GetValue<bool>().Should().BeTrue();
        put.StatusCode.Should().Be(HttpStatusCode.OK);
        var row = before!["overdue"]!.AsArray().Single(r => r!["projectKey"]!.GetValue<string>() == work.ProjectKey)!;
        row["overdueDependencies"]!.GetValue<int>().Should().Be(1);
        row["overdueReviews"]!.GetValue<int>().Should().Be(0);
        after!["overdue"]!.AsArray().Should().NotContain(r => r!["projectKey"]!.GetValue<string>() == work.ProjectKey);
    }

    private static int Cell(JsonObject heatmap, int p, int i) =>
        heatmap["cells"]!.AsArray().Single(c => c!["probability"]!.GetValue<int>() == p && c["impact"]!.GetValue<int>() == i)!["count"]!.GetValue<int>();

    private static async Task<string> RiskAsync(WorkApi work, int probability, int impact, (int, int)? residual = null, decimal? cost = null)
    {
        var response = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/raid", new
        {
            kind = "risk", title = $"Risk {probability}x{impact}", probability, impact, category = "technical",
            residualProbability = residual?.Item1, residualImpact = residual?.Item2, costImpact = cost,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["key"]!.GetValue<string>();
    }

    /// <summary>PUT the entry back with some fields changed (the API replaces every field, so start from the current state).</summary>
    private static async Task UpdateAsync(WorkApi work, string key, object changes)
    {
        var current = await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/raid/{key}");
        var response = await work.Client.PutAsJsonAsync($"/api/v1/raid/{key}", Body(current!, changes, current!["version"]!.GetValue<uint>()));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static JsonObject Body(JsonObject current, object changes, uint version)
    {
        var body = new JsonObject();
        foreach (var field in new[] { "kind", "title", "description", "ownerId", "status", "category", "probability", "impact", "response", "mitigationPlan",
                     "contingencyPlan", "trigger", "costImpact", "scheduleImpactDays", "residualProbability", "residualImpact", "reviewDate" })
        {
            body[field] = current[field]?.DeepClone();
        }

        foreach (var (field, value) in System.Text.Json.JsonSerializer.SerializeToNode(changes)!.AsObject())
        {
            body[field] = value?.DeepClone();
        }

        body["version"] = version;
        return body;
    }

    private async Task<(int Score, decimal Exposure)> TrendLatestAsync(WorkApi work)
    {
        var trend = await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/projects/{work.ProjectKey}/raid/trend");
        var last = trend![^1]!;
        _ = app;
        return (last["totalScore"]!.GetValue<int>(), last["exposure"]!.GetValue<decimal>());
    }
}
