using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;
using TpmHub.Web.Data;
using static TpmHub.IntegrationTests.Budget.BudgetApi;

namespace TpmHub.IntegrationTests.Projects;

/// <summary>The computed health and the lead's override (issue 11), through the real API: the project, the list and the portfolio agree.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class ProjectHealthApiTests(TpmHubApp app)
{
    [Fact]
    public async Task NewProject_NothingToRate_IsGreenWithAReasonPerPart()
    {
        var work = await WorkApi.NewProjectAsync(app);

        var project = await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}"));

        project["health"]!.GetValue<string>().Should().Be("green");
        var computed = project["computedHealth"]!.AsObject();
        computed["rating"]!.GetValue<string>().Should().Be("green");
        computed["schedule"].Should().BeNull();
        computed["budget"].Should().BeNull();
        computed["risk"]!.GetValue<string>().Should().Be("green");
        computed["reasons"]!.AsArray().Select(r => r!.GetValue<string>()).Should().HaveCount(3).And.Contain("No open risks.");
        project["healthOverride"].Should().BeNull();
    }

    [Fact]
    public async Task CriticalRisk_MakesRiskAndProjectRed_OverdueReviewMakesItAmber()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var risk = await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/raid",
            new { kind = "risk", title = "Circuit late", probability = 5, impact = 4, category = "vendor" }));

        var red = await ComputedAsync(work);
        red["risk"]!.GetValue<string>().Should().Be("red");
        red["rating"]!.GetValue<string>().Should().Be("red");
        red["reasons"]![0]!.GetValue<string>().Should().Be("1 open risk is critical.");

        // Lower it to high and let its review date pass (time moves on: the row is dated back as a week would).
        var key = risk["key"]!.GetValue<string>();
        var current = await OkAsync(await work.Client.GetAsync($"/api/v1/raid/{key}"));
        current["impact"] = 2;
        (await work.Client.PutAsJsonAsync($"/api/v1/raid/{key}", current)).StatusCode.Should().Be(HttpStatusCode.OK);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>().CreateDbContextAsync();
            await db.RaidEntries.Where(e => e.Key == key).ExecuteUpdateAsync(u => u
                .SetProperty(e => e.RaisedOn, Today().AddDays(-30)).SetProperty(e => e.ReviewDate, Today().AddDays(-2)));
        }

        var amber = await ComputedAsync(work);
        amber["risk"]!.GetValue<string>().Should().Be("amber");
        amber["reasons"]![0]!.GetValue<string>().Should().Be("1 risk review is overdue.");
    }

    [Fact]
    public async Task Override_WinsEverywhere_ShowsWhoAndWhen_AndClearingRestoresTheComputedRating()
    {
        var work = await RedBudgetProjectAsync();
        var path = $"/api/v1/projects/{work.ProjectKey}/health-override";
        var me = await OkAsync(await work.Client.GetAsync("/api/v1/me"));
        (await HealthInListAsync(work, "red")).Should().BeTrue();

        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        var set = await OkAsync(await work.Client.PutAsJsonAsync(path, new { rating = "green", reason = " Sponsor accepted the overspend for wave 2. " }));

        set["health"]!.GetValue<string>().Should().Be("green");
        set["healthReason"]!.GetValue<string>().Should().EndWith("Sponsor accepted the overspend for wave 2.");
        set["computedHealth"]!["rating"]!.GetValue<string>().Should().Be("red");
        var manual = set["healthOverride"]!.AsObject();
        manual["rating"]!.GetValue<string>().Should().Be("green");
        manual["reason"]!.GetValue<string>().Should().Be("Sponsor accepted the overspend for wave 2.");
        manual["byUserId"]!.GetValue<string>().Should().Be(me["id"]!.GetValue<string>());
        manual["by"]!.GetValue<string>().Should().Be(me["displayName"]!.GetValue<string>());
        manual["at"]!.GetValue<DateTimeOffset>().Should().BeAfter(before);
        (await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}")))["health"]!.GetValue<string>().Should().Be("green");
        (await HealthInListAsync(work, "green")).Should().BeTrue();
        (await HealthInListAsync(work, "red")).Should().BeFalse();
        var portfolio = await OkAsync(await work.Client.GetAsync("/api/v1/portfolio"));
        portfolio["projects"]!.AsArray().Single(p => p!["key"]!.GetValue<string>() == work.ProjectKey)!["health"]!.GetValue<string>().Should().Be("green");

        var cleared = await OkAsync(await work.Client.DeleteAsync(path));

        cleared["health"]!.GetValue<string>().Should().Be("red");
        cleared["healthOverride"].Should().BeNull();
        (await HealthInListAsync(work, "red")).Should().BeTrue();
    }

    [Fact]
    public async Task Override_WithoutReason_Returns400OnReasonAndChangesNothing()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var path = $"/api/v1/projects/{work.ProjectKey}/health-override";

        var response = await work.Client.PutAsJsonAsync(path, new { rating = "red", reason = "  " });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).Should().Equal("reason");
        var project = await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}"));
        project["health"]!.GetValue<string>().Should().Be("green");
        project["healthOverride"].Should().BeNull();
    }

    [Fact]
    public async Task Override_StakeholderGets403_OutsiderGets404_AnonymousGets401()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var path = $"/api/v1/projects/{work.ProjectKey}/health-override";
        var stakeholder = await work.MemberClientAsync(ProjectRole.Stakeholder);
        var (_, outsider) = await app.SignedInAsync(ProjectRole.TeamLead);
        var body = """{"rating":"red","reason":"why"}""";

        foreach (var method in new[] { "PUT", "DELETE" })
        {
            (await SendAsync(stakeholder, method, path, body)).Should().Be(HttpStatusCode.Forbidden, method);
            (await SendAsync(outsider, method, path, body)).Should().Be(HttpStatusCode.NotFound, method);
            (await SendAsync(app.CreateClient(), method, path, body)).Should().Be(HttpStatusCode.Unauthorized, method);
        }

        (await OkAsync(await stakeholder.GetAsync($"/api/v1/projects/{work.ProjectKey}")))["healthOverride"].Should().BeNull();
    }

    private async Task<WorkApi> RedBudgetProjectAsync()
    {
        var s = MondayWeeksAgo(6);
        var work = await NewProjectAsync(app, s);
        var a = await work.AddItemAsync("Build", 10, budget: 10_000m);
        await ProgressAsync(work, a, 40, s.AddDays(7));
        await ExpenseAsync(work, s.AddDays(3), 5_000m);
        (await ComputedAsync(work))["budget"]!.GetValue<string>().Should().Be("red", "CPI 0.8 and SPI 0.4 are below 0.85");
        return work;
    }

    private static async Task<JsonObject> ComputedAsync(WorkApi work) =>
        (await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}")))["computedHealth"]!.AsObject();

    private static async Task<bool> HealthInListAsync(WorkApi work, string health)
    {
        var list = await OkAsync(await work.Client.GetAsync($"/api/v1/projects?health={health}&pageSize=200"));
        return list["items"]!.AsArray().Any(p => p!["key"]!.GetValue<string>() == work.ProjectKey);
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string method, string path, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return (await client.SendAsync(request)).StatusCode;
    }
}
