using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TpmHub.Core.Projects;
using TpmHub.Core.Schedule;
using TpmHub.Core.Work;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;
using TpmHub.Web.Data;
using static TpmHub.IntegrationTests.Budget.BudgetApi;

namespace TpmHub.IntegrationTests.Forecasts;

/// <summary>Monte Carlo forecasts (issue 14) through the real API: a background run with progress, its figures, risks in it, cancel, defaults, roles.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class ForecastApiTests(TpmHubApp app)
{
    private static string Forecasts(WorkApi work) => $"/api/v1/projects/{work.ProjectKey}/forecasts";

    [Fact]
    public async Task ZeroSpread_GivesTheCriticalPathFinishAtEveryPercentile_AndTheSameSeedTheSameResult()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var a = await work.AddItemAsync("Design", 5, budget: 5_000m);
        var b = await work.AddItemAsync("Build", 10, budget: 20_000m);
        (await work.LinkAsync(a, b)).EnsureSuccessStatusCode();
        await SettingsAsync(work, "triangular", 0, 0);

        var started = await AcceptedAsync(await work.Client.PostAsJsonAsync(Forecasts(work), new { iterations = 1000, seed = 7 }));
        started["status"]!.GetValue<string>().Should().BeOneOf("queued", "running", "done");
        var done = await DoneAsync(work, started["id"]!.GetValue<string>());

        var finish = (await work.ScheduleAsync())["projectFinish"]!.GetValue<string>();
        done["deterministicFinish"]!.GetValue<string>().Should().Be(finish);
        Strings(done["finish"]).Should().Equal(finish, finish, finish);
        Numbers(done["cost"]).Should().Equal(25_000m, 25_000m, 25_000m);
        done["progress"]!.GetValue<double>().Should().Be(1);
        done["iterationsDone"]!.GetValue<int>().Should().Be(1000);
        done["criticality"]!.AsArray().Select(c => c!["index"]!.GetValue<double>()).Should().OnlyContain(i => i == 1d);
        done["histogram"]!.AsArray().Should().ContainSingle().Which!["count"]!.GetValue<int>().Should().Be(1000);
        done["sentence"]!.GetValue<string>().Should().StartWith("80 % likely to finish by");
        done["seed"]!.GetValue<int>().Should().Be(7);
    }

    [Fact]
    public async Task TheSameSeedGivesTheSameResult_AndAnOpenRiskPushesTheFinishAndCost_UnlessLeftOut()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var a = (await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/work-items",
            new { title = "Migrate", type = "task", durationDays = 10, budget = 10_000m, estimate = new { optimistic = 5, mostLikely = 10, pessimistic = 20 } })))["key"]!.GetValue<string>();
        await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/raid", new
        {
            kind = "risk", title = "Vendor slips", probability = 5, impact = 4, category = "schedule", scheduleImpactDays = 10, costImpact = 50_000, workItemKeys = new[] { a },
        }));

        var first = await DoneAsync(work, (await AcceptedAsync(await work.Client.PostAsJsonAsync(Forecasts(work), new { seed = 42, targetDate = "2026-01-23" })))["id"]!.GetValue<string>());
        var again = await DoneAsync(work, (await AcceptedAsync(await work.Client.PostAsJsonAsync(Forecasts(work), new { seed = 42, targetDate = "2026-01-23" })))["id"]!.GetValue<string>());
        var without = await DoneAsync(work, (await AcceptedAsync(await work.Client.PostAsJsonAsync(Forecasts(work),
            new { seed = 42, includeRisks = false, targetDate = "2026-01-23" })))["id"]!.GetValue<string>());

        Strings(again["finish"]).Should().Equal(Strings(first["finish"]));
        Numbers(again["cost"]).Should().Equal(Numbers(first["cost"]));
        first["risksIncluded"]!.GetValue<int>().Should().Be(1);
        without["risksIncluded"]!.GetValue<int>().Should().Be(0);
        Numbers(first["finishWorkingDays"]).Should().BeInAscendingOrder();
        Numbers(first["finishWorkingDays"])[1].Should().BeGreaterThan(Numbers(without["finishWorkingDays"])[1], "a 90 % risk of 10 more days moves the P80");
        Numbers(first["cost"])[1].Should().BeGreaterThan(Numbers(without["cost"])[1] + 40_000m);
        first["drivers"]!.AsArray().Select(d => d!["key"]!.GetValue<string>()).Should().Contain($"{work.ProjectKey}-R1");
        first["chanceByTarget"]!.GetValue<double>().Should().BeLessThan(without["chanceByTarget"]!.GetValue<double>());

        var list = (await work.Client.GetFromJsonAsync<JsonArray>(Forecasts(work)))!;
        list.Select(f => f!["id"]!.GetValue<string>()).Should().Equal(without["id"]!.GetValue<string>(), again["id"]!.GetValue<string>(), first["id"]!.GetValue<string>());
        list[0]!["includeRisks"]!.GetValue<bool>().Should().BeFalse();
        (await work.Client.DeleteAsync($"/api/v1/forecasts/{first["id"]}")).StatusCode.Should().Be(HttpStatusCode.NoContent, "a finished forecast is removed");
        (await work.Client.GetAsync($"/api/v1/forecasts/{first["id"]}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var history = (await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/projects/{work.ProjectKey}/history"))!
            .Where(h => h!["entityType"]!.GetValue<string>() == "ForecastRun").Select(h => h!["action"]!.GetValue<string>()).ToList();
        history.Should().Contain("Delete").And.Contain("Insert", "starting and removing a forecast is in the project's history")
            .And.NotContain("Update", "the runner's own status changes are not");
    }

    [Fact]
    public async Task TheLatestForecast_IsASentenceOnTheDashboard_InTheStatusReport_AndAColumnOfThePortfolio()
    {
        var work = await WorkApi.NewProjectAsync(app);
        await work.AddItemAsync("Build", 20, budget: 40_000m);
        var done = await DoneAsync(work, (await AcceptedAsync(await work.Client.PostAsJsonAsync(Forecasts(work), new { seed = 3, targetDate = "2026-02-27" })))["id"]!.GetValue<string>());
        var p80 = DateOnly.Parse(done["finish"]!["p80"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        var dashboard = (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/dashboard"))!;
        dashboard["forecast"]!.GetValue<string>().Should().StartWith($"80 % likely to finish by {p80:d MMM yyyy}").And.Contain("chance of meeting the target of 27 Feb 2026")
            .And.Contain("From 5,000 simulated runs");
        var portfolio = (await work.Client.GetFromJsonAsync<JsonObject>("/api/v1/portfolio"))!;
        portfolio["forecasts"]![work.ProjectKey]!["p80Finish"]!.GetValue<string>().Should().Be(Iso(p80));
        var report = await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/status-reports", new { periodStart = "2026-01-05", periodEnd = "2026-01-16" }));
        var markdown = await work.Client.GetStringAsync($"/api/v1/status-reports/{report["id"]}/markdown");
        markdown.Should().Contain("**How likely:** 80 % likely to finish by");
    }

    [Fact]
    public async Task Cancelling_StopsTheRunWithFewerIterationsDone()
    {
        var work = await WorkApi.NewProjectAsync(app);
        await ChainAsync(work, 3_000);

        var started = await AcceptedAsync(await work.Client.PostAsJsonAsync(Forecasts(work), new { iterations = 100_000, seed = 1 }));
        var id = started["id"]!.GetValue<string>();
        (await work.Client.DeleteAsync($"/api/v1/forecasts/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);

        var stopped = await SettledAsync(work, id);
        stopped["status"]!.GetValue<string>().Should().Be("cancelled");
        stopped["iterationsDone"]!.GetValue<int>().Should().BeLessThan(100_000);
    }

    [Fact]
    public async Task BadInput_IsRefusedByField_AndRolesHold()
    {
        var work = await WorkApi.NewProjectAsync(app);
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(Forecasts(work), new { iterations = 50 }))).Should().ContainKey("iterations");
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(Forecasts(work), new { distribution = "normal" }))).Should().ContainKey("distribution");
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(Forecasts(work), new { targetDate = "14/05/2027" }))).Should().ContainKey("targetDate");
        (await ErrorsAsync(await work.Client.PutAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/forecast-settings",
            new { distribution = "pert", spreadLowPercent = 10, spreadHighPercent = 600 }))).Should().ContainKey("spreadHighPercent");
        (await work.Client.GetFromJsonAsync<JsonArray>(Forecasts(work)))!.Should().BeEmpty();

        var settings = await SettingsAsync(work, "pert", 20, 60);
        settings["distribution"]!.GetValue<string>().Should().Be("pert");
        (await work.Client.PutAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/forecast-settings",
            new { distribution = "triangular", spreadLowPercent = 10, spreadHighPercent = 30, version = settings["version"]!.GetValue<uint>() + 1 }))
            .StatusCode.Should().Be(HttpStatusCode.Conflict);
        var run = await AcceptedAsync(await work.Client.PostAsJsonAsync(Forecasts(work), new { iterations = 100 }));
        (run["distribution"]!.GetValue<string>(), run["spreadLowPercent"]!.GetValue<int>(), run["spreadHighPercent"]!.GetValue<int>()).Should().Be(("pert", 20, 60));
        await SettledAsync(work, run["id"]!.GetValue<string>());

        var stakeholder = await work.MemberClientAsync(ProjectRole.Stakeholder);
        var (_, outsider) = await app.SignedInAsync(ProjectRole.TeamLead);
        await RouteRoles.AssertAsync(
        [
            ("GET", Forecasts(work), null),
            ("POST", Forecasts(work), """{"iterations":100}"""),
            ("GET", $"/api/v1/projects/{work.ProjectKey}/forecast-settings", null),
            ("PUT", $"/api/v1/projects/{work.ProjectKey}/forecast-settings", """{"distribution":"pert","spreadLowPercent":1,"spreadHighPercent":2}"""),
            ("GET", $"/api/v1/forecasts/{run["id"]}", null),
            ("DELETE", $"/api/v1/forecasts/{run["id"]}", null),
        ], stakeholder, outsider, app.CreateClient());
    }

    private async Task<JsonObject> SettingsAsync(WorkApi work, string distribution, int low, int high)
    {
        var current = (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/forecast-settings"))!;
        return await OkAsync(await work.Client.PutAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/forecast-settings",
            new { distribution, spreadLowPercent = low, spreadHighPercent = high, version = current["version"]!.GetValue<uint>() }));
    }

    private static async Task<JsonObject> AcceptedAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task<JsonObject> DoneAsync(WorkApi work, string id)
    {
        var settled = await SettledAsync(work, id);
        settled["status"]!.GetValue<string>().Should().Be("done", settled.ToJsonString());
        return settled;
    }

    /// <summary>Polls the forecast until it is no longer queued or running (as a client would, with a bound).</summary>
    private static async Task<JsonObject> SettledAsync(WorkApi work, string id)
    {
        for (var i = 0; i < 600; i++)
        {
            var row = (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/forecasts/{id}"))!;
            if (row["status"]!.GetValue<string>() is not ("queued" or "running"))
            {
                return row;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Forecast {id} did not finish in a minute.");
    }

    /// <summary>A long chain of items written straight into the database, so a run takes long enough to cancel.</summary>
    private async Task ChainAsync(WorkApi work, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>().CreateDbContextAsync();
        var projectId = await db.Projects.Where(p => p.Key == work.ProjectKey).Select(p => p.Id).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        var items = Enumerable.Range(1, count).Select(n => new WorkItem
        {
            Id = Guid.CreateVersion7(), ProjectId = projectId, Number = n, Key = $"{work.ProjectKey}-{n}", Title = $"Step {n}", Type = WorkItemType.Task,
            DurationDays = 1 + n % 3, Budget = 100m, CreatedAt = now, UpdatedAt = now,
        }).ToList();
        db.WorkItems.AddRange(items);
        db.Dependencies.AddRange(items.Skip(1).Select((w, i) => new Dependency { Id = Guid.CreateVersion7(), ProjectId = projectId, PredecessorId = items[i].Id, SuccessorId = w.Id, Type = LinkType.FS, CreatedAt = now }));
        await db.SaveChangesAsync();
    }

    private static List<string> Strings(JsonNode? p) => [p!["p50"]!.GetValue<string>(), p["p80"]!.GetValue<string>(), p["p95"]!.GetValue<string>()];

    private static List<decimal> Numbers(JsonNode? p) => [p!["p50"]!.GetValue<decimal>(), p["p80"]!.GetValue<decimal>(), p["p95"]!.GetValue<decimal>()];
}
