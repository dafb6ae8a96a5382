using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;

namespace TpmHub.IntegrationTests.Work;

[Collection(TpmHubAppCollection.Name)]
public sealed class WorkApiTests(TpmHubApp app)
{
    [Fact]
    public async Task Create_Items_GetPerProjectSequentialKeys()
    {
        var work = await WorkApi.NewProjectAsync(app);

        var first = await work.AddItemAsync("Design landing zone", 5);
        var second = await work.AddItemAsync("Build landing zone", 10);

        first.Should().Be($"{work.ProjectKey}-1");
        second.Should().Be($"{work.ProjectKey}-2");
    }

    [Fact]
    public async Task Create_TwentyAtOnce_EveryItemGetsADistinctKey()
    {
        var work = await WorkApi.NewProjectAsync(app);

        var keys = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => work.AddItemAsync($"Parallel {i}", 1)));

        keys.Should().OnlyHaveUniqueItems();
        keys.Select(k => int.Parse(k.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture)).Should().BeEquivalentTo(Enumerable.Range(1, 20));
    }

    [Fact]
    public async Task Schedule_FinishToStartChain_HasExactDatesFloatsAndCriticalPath()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var a = await work.AddItemAsync("Migrate databases", 5);
        var b = await work.AddItemAsync("Cut over", 3);
        var c = await work.AddItemAsync("Update runbooks", 2);
        (await work.LinkAsync(a, b)).StatusCode.Should().Be(HttpStatusCode.Created);

        var schedule = await work.ScheduleAsync();

        schedule["projectStart"]!.GetValue<string>().Should().Be("2026-01-05");
        schedule["projectFinish"]!.GetValue<string>().Should().Be("2026-01-14");
        schedule["criticalPath"]!.AsArray().Select(k => k!.GetValue<string>()).Should().Equal(a, b);
        var items = schedule["items"]!.AsArray().ToDictionary(i => i!["key"]!.GetValue<string>(), i => i!.AsObject());
        Dates(items[a]).Should().Be(("2026-01-05", "2026-01-09", "2026-01-05", "2026-01-09"));
        Dates(items[b]).Should().Be(("2026-01-12", "2026-01-14", "2026-01-12", "2026-01-14"));
        Dates(items[c]).Should().Be(("2026-01-05", "2026-01-06", "2026-01-13", "2026-01-14"));
        items[c]["totalFloat"]!.GetValue<int>().Should().Be(6);
        items[c]["freeFloat"]!.GetValue<int>().Should().Be(6);
        items[c]["critical"]!.GetValue<bool>().Should().BeFalse();
        items[a]["critical"]!.GetValue<bool>().Should().BeTrue();
    }

    [Theory]
    [InlineData("FS", 2, "2026-01-14", "2026-01-16")]
    [InlineData("SS", 2, "2026-01-07", "2026-01-09")]
    [InlineData("FF", 0, "2026-01-07", "2026-01-09")]
    [InlineData("SF", 1, "2026-01-05", "2026-01-07")]
    [InlineData("FS", -2, "2026-01-08", "2026-01-12")]
    public async Task Schedule_EachLinkType_PlacesTheSuccessorAsDesigned(string type, int lag, string start, string finish)
    {
        var work = await WorkApi.NewProjectAsync(app);
        var a = await work.AddItemAsync("Predecessor", 5);
        var b = await work.AddItemAsync("Successor", 3);

        (await work.LinkAsync(a, b, type, lag)).StatusCode.Should().Be(HttpStatusCode.Created);

        var scheduled = await work.ScheduledAsync(b);
        scheduled["earlyStart"]!.GetValue<string>().Should().Be(start);
        scheduled["earlyFinish"]!.GetValue<string>().Should().Be(finish);
    }

    [Fact]
    public async Task Schedule_HolidayAndMilestone_FollowTheCalendarRules()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var a = await work.AddItemAsync("Build", 5);
        var m = await work.AddItemAsync("Go-live approved", 0, type: "milestone");
        var b = await work.AddItemAsync("Hypercare", 3);
        await work.LinkAsync(a, m);
        await work.LinkAsync(m, b);

        var calendar = await work.Client.PutAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/calendar", new { holidays = (string[])["2026-01-12"] });

        calendar.StatusCode.Should().Be(HttpStatusCode.OK);
        (await work.ScheduledAsync(m))["earlyFinish"]!.GetValue<string>().Should().Be("2026-01-09", "a milestone shows on the finish day of what drives it");
        (await work.ScheduledAsync(b))["earlyStart"]!.GetValue<string>().Should().Be("2026-01-13", "Monday 12th is a holiday");
        (await work.ScheduleAsync())["projectFinish"]!.GetValue<string>().Should().Be("2026-01-15");
    }

    [Fact]
    public async Task Schedule_StartNoEarlierThan_DelaysTheItem()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var a = await work.AddItemAsync("Vendor onboarding", 2, startNoEarlierThan: "2026-01-10");

        (await work.ScheduledAsync(a))["earlyStart"]!.GetValue<string>().Should().Be("2026-01-12", "Saturday 10th → next working day");
    }

    [Fact]
    public async Task Link_ThatClosesACycle_IsRefusedWithTheCycleNamedAndNothingSaved()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var a = await work.AddItemAsync("A", 1);
        var b = await work.AddItemAsync("B", 1);
        var c = await work.AddItemAsync("C", 1);
        await work.LinkAsync(a, b);
        await work.LinkAsync(b, c);

        var response = await work.LinkAsync(c, a);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var message = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["successor"]![0]!.GetValue<string>();
        message.Should().Contain($"{c} → {a} → {b} → {c}");
        (await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/projects/{work.ProjectKey}/dependencies"))!.Should().HaveCount(2);
    }

    [Fact]
    public async Task Link_SelfDuplicateUnknownTypeAndOtherProject_AreRefusedByField()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var a = await work.AddItemAsync("A", 1);
        var b = await work.AddItemAsync("B", 1);
        var other = await WorkApi.NewProjectAsync(app);
        var foreign = await other.AddItemAsync("Foreign", 1);
        (await work.LinkAsync(a, b)).StatusCode.Should().Be(HttpStatusCode.Created);

        (await ErrorsAsync(await work.LinkAsync(a, a))).Should().ContainKey("successor");
        (await ErrorsAsync(await work.LinkAsync(a, b)))["successor"]!.ToJsonString().Should().Contain("already linked");
        (await ErrorsAsync(await work.LinkAsync(b, a, "XX"))).Should().ContainKey("type");
        (await ErrorsAsync(await work.LinkAsync(a, foreign))).Should().ContainKey("successor");
        (await ErrorsAsync(await work.LinkAsync($"{work.ProjectKey}-999", b))).Should().ContainKey("predecessor");
        (await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/projects/{work.ProjectKey}/dependencies"))!.Should().HaveCount(1);
    }

    [Theory]
    [InlineData("""{"title":"x","type":"task","durationDays":-1}""", "durationDays")]
    [InlineData("""{"title":"x","type":"task","durationDays":10001}""", "durationDays")]
    [InlineData("""{"title":"x","type":"task","durationDays":3,"percentComplete":101}""", "percentComplete")]
    [InlineData("""{"title":"","type":"task","durationDays":3}""", "title")]
    [InlineData("""{"title":"x","type":"story","durationDays":3}""", "type")]
    [InlineData("""{"title":"x","type":"task","durationDays":3,"estimate":{"optimistic":5,"mostLikely":3,"pessimistic":8}}""", "estimate.mostLikely")]
    [InlineData("""{"title":"x","type":"task","durationDays":3,"estimate":{"optimistic":1,"mostLikely":9,"pessimistic":8}}""", "estimate.pessimistic")]
    [InlineData("""{"title":"x","type":"task","durationDays":3,"startNoEarlierThan":"next week"}""", "startNoEarlierThan")]
    [InlineData("""{"title":"x","type":"task","durationDays":3,"parentKey":"NOPE-1"}""", "parentKey")]
    [InlineData("""{"title":"x","type":"milestone","durationDays":3}""", "durationDays")]
    public async Task CreateItem_BadField_Returns400NamingItAndSavesNothing(string body, string field)
    {
        var work = await WorkApi.NewProjectAsync(app);

        var response = await work.Client.PostAsync($"/api/v1/projects/{work.ProjectKey}/work-items",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        (await ErrorsAsync(response)).Should().ContainKey(field);
        (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/work-items"))!["total"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Stakeholder_ReadsEverythingAndWritesNothing()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var a = await work.AddItemAsync("A", 2);
        var stakeholder = await work.MemberClientAsync(ProjectRole.Stakeholder);

        (await stakeholder.GetAsync($"/api/v1/projects/{work.ProjectKey}/schedule")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await stakeholder.GetAsync($"/api/v1/work-items/{a}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await stakeholder.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/work-items", new { title = "x", type = "task", durationDays = 1 }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await stakeholder.PatchAsJsonAsync($"/api/v1/work-items/{a}", new { title = "renamed", version = 1 })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await stakeholder.DeleteAsync($"/api/v1/work-items/{a}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await stakeholder.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/baselines", new { name = "x" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await stakeholder.PutAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/calendar", new { holidays = Array.Empty<string>() }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task NonMember_GetsNotFoundForItemsAndSchedule()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var a = await work.AddItemAsync("A", 2);
        var (_, outsider) = await app.SignedInAsync(ProjectRole.TeamLead);

        (await outsider.GetAsync($"/api/v1/work-items/{a}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await outsider.GetAsync($"/api/v1/projects/{work.ProjectKey}/schedule")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await outsider.DeleteAsync($"/api/v1/work-items/{a}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Patch_StaleVersion_Returns409WithTheCurrentItem()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var a = await work.AddItemAsync("A", 2);
        var item = await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/work-items/{a}");
        var version = item!["version"]!.GetValue<uint>();
        (await work.Client.PatchAsJsonAsync($"/api/v1/work-items/{a}", new { title = "First", version })).StatusCode.Should().Be(HttpStatusCode.OK);

        var second = await work.Client.PatchAsJsonAsync($"/api/v1/work-items/{a}", new { title = "Second", version });

        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await second.Content.ReadFromJsonAsync<JsonObject>())!["current"]!["title"]!.GetValue<string>().Should().Be("First");
    }

    [Fact]
    public async Task Baseline_SlipATask_VarianceShowsTheSlipInWorkingDays()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var a = await work.AddItemAsync("Build", 5, budget: 1000);
        var b = await work.AddItemAsync("Test", 3, budget: 500);
        await work.LinkAsync(a, b);
        var saved = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/baselines", new { name = "Approved plan" });
        saved.StatusCode.Should().Be(HttpStatusCode.Created);
        var baselineId = (await saved.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var version = (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/work-items/{a}"))!["version"]!.GetValue<uint>();

        (await work.Client.PatchAsJsonAsync($"/api/v1/work-items/{a}", new { durationDays = 8, version })).StatusCode.Should().Be(HttpStatusCode.OK);

        var variance = await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/baselines/{baselineId}/variance");
        variance!["baselineFinish"]!.GetValue<string>().Should().Be("2026-01-14");
        variance["currentFinish"]!.GetValue<string>().Should().Be("2026-01-19");
        variance["finishVarianceDays"]!.GetValue<int>().Should().Be(3);
        var rows = variance["items"]!.AsArray().ToDictionary(i => i!["key"]!.GetValue<string>(), i => i!.AsObject());
        rows[b]["finishVarianceDays"]!.GetValue<int>().Should().Be(3);
        rows[a]["startVarianceDays"]!.GetValue<int>().Should().Be(0);
        var list = await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/projects/{work.ProjectKey}/baselines");
        list!.Single()!["name"]!.GetValue<string>().Should().Be("Approved plan");
    }

    [Fact]
    public async Task Portfolio_ScheduleHealth_TurnsAmberAndRedAsTheForecastSlipsPastTheBaseline()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var a = await work.AddItemAsync("Build", 5);
        (await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/baselines", new { name = "Approved" })).EnsureSuccessStatusCode();
        (await Health()).Should().Be(("green", 0));

        await Slip(10);
        (await Health()).Should().Be(("amber", 5));
        await Slip(16);
        (await Health()).Should().Be(("red", 11));

        async Task Slip(int days)
        {
            var version = (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/work-items/{a}"))!["version"]!.GetValue<uint>();
            (await work.Client.PatchAsJsonAsync($"/api/v1/work-items/{a}", new { durationDays = days, version })).EnsureSuccessStatusCode();
        }

        async Task<(string, int)> Health()
        {
            var portfolio = await work.Client.GetFromJsonAsync<JsonObject>("/api/v1/portfolio");
            var row = portfolio!["scheduleHealth"]![work.ProjectKey]!;
            return (row["health"]!.GetValue<string>(), row["slipDays"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Delete_Item_RemovesItsLinksAndReschedules()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var a = await work.AddItemAsync("A", 5);
        var b = await work.AddItemAsync("B", 3);
        await work.LinkAsync(a, b);

        (await work.Client.DeleteAsync($"/api/v1/work-items/{a}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/projects/{work.ProjectKey}/dependencies"))!.Should().BeEmpty();
        (await work.ScheduledAsync(b))["earlyStart"]!.GetValue<string>().Should().Be("2026-01-05");
    }

    [Fact]
    public async Task Schedule_LoadsTheGraphInAFixedNumberOfQueries()
    {
        var small = await WorkApi.NewProjectAsync(app);
        var large = await WorkApi.NewProjectAsync(app);
        await small.AddItemAsync("Only", 1);
        string? previous = null;
        for (var i = 0; i < 15; i++)
        {
            var key = await large.AddItemAsync($"Item {i}", 2);
            if (previous is not null)
            {
                await large.LinkAsync(previous, key);
            }

            previous = key;
        }

        int smallQueries, largeQueries;
        using (var counter = new QueryCounter())
        {
            await small.ScheduleAsync();
            smallQueries = counter.Count;
        }

        using (var counter = new QueryCounter())
        {
            await large.ScheduleAsync();
            largeQueries = counter.Count;
        }

        smallQueries.Should().BeGreaterThan(0);
        largeQueries.Should().Be(smallQueries);
    }

    private static (string, string, string, string) Dates(JsonObject item) => (
        item["earlyStart"]!.GetValue<string>(), item["earlyFinish"]!.GetValue<string>(),
        item["lateStart"]!.GetValue<string>(), item["lateFinish"]!.GetValue<string>());

    private static async Task<Dictionary<string, JsonNode?>> ErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().ToDictionary(e => e.Key, e => e.Value);
    }
}
