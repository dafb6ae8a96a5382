using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;
using static TpmHub.IntegrationTests.Budget.BudgetApi;

namespace TpmHub.IntegrationTests.Budget;

/// <summary>Dated progress and earned value (DESIGN.md "Earned value", issue 10) through the real API, with figures worked out by hand.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class EarnedValueApiTests(TpmHubApp app)
{
    /// <summary>
    /// A project starting on Monday S, eight weeks ago:
    /// A 10 days (S … S+11) budget 10,000; B 5 days FS after A (S+14 … S+18) 5,000; C 20 days (S … S+25) 8,000; D 4 days (S … S+3) 1,000.50.
    /// Progress A 30 % @S+2, 60 % @S+8, 90 % @S+15; C 25 % @S+4, 50 % @S+10; D 1 % @S+3.
    /// Spend 4,000 @S+1, 3,333.33 @S+5, refund 500 @S+7, 1,000 @S+12. A baseline is saved before A's budget is doubled.
    /// </summary>
    private sealed record Scene(WorkApi Work, DateOnly S, string A, string B, string C, string D, string BaselineId);

    private async Task<Scene> SceneAsync()
    {
        var s = MondayWeeksAgo(8);
        var work = await NewProjectAsync(app, s);
        var a = await work.AddItemAsync("Build landing zone", 10, budget: 10_000m);
        var b = await work.AddItemAsync("Cut over", 5, budget: 5_000m);
        var c = await work.AddItemAsync("Migrate data", 20, budget: 8_000m);
        var d = await work.AddItemAsync("Security review", 4, budget: 1_000.50m);
        (await work.LinkAsync(a, b)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await work.ScheduledAsync(b))["earlyStart"]!.GetValue<string>().Should().Be(Iso(s.AddDays(14)));
        var baseline = await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/baselines", new { name = "Approved" }));

        // The current plan moves on; earned value keeps measuring against the baseline.
        var version = (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/work-items/{a}"))!["version"]!.GetValue<uint>();
        (await work.Client.PatchAsJsonAsync($"/api/v1/work-items/{a}", new { budget = 20_000m, version })).StatusCode.Should().Be(HttpStatusCode.OK);

        await ProgressAsync(work, a, 30, s.AddDays(2));
        await ProgressAsync(work, a, 90, s.AddDays(15));
        await ProgressAsync(work, a, 60, s.AddDays(8));
        await ProgressAsync(work, c, 25, s.AddDays(4));
        await ProgressAsync(work, c, 50, s.AddDays(10));
        await ProgressAsync(work, d, 1, s.AddDays(3));
        await ExpenseAsync(work, s.AddDays(1), 4_000m, "labour");
        await ExpenseAsync(work, s.AddDays(5), 3_333.33m, "cloudInfrastructure");
        await ExpenseAsync(work, s.AddDays(7), 500m, "cloudInfrastructure", kind: "refund");
        await ExpenseAsync(work, s.AddDays(12), 1_000m, "vendorsServices");
        return new Scene(work, s, a, b, c, d, baseline["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task EarnedValue_HandBuiltProject_GivesEveryFigureExactly()
    {
        var scene = await SceneAsync();
        var t = scene.S.AddDays(9); // Wednesday of week 2: 8 working days on or before t

        var ev = await OkAsync(await scene.Work.Client.GetAsync($"/api/v1/projects/{scene.Work.ProjectKey}/earned-value?asOf={Iso(t)}"));

        ev["asOf"]!.GetValue<string>().Should().Be(Iso(t));
        ev["currency"]!.GetValue<string>().Should().Be("USD");
        ev["basis"]!.GetValue<string>().Should().Be("baseline");
        ev["baseline"]!["id"]!.GetValue<string>().Should().Be(scene.BaselineId);
        ev["baseline"]!["name"]!.GetValue<string>().Should().Be("Approved");
        Money(ev["bac"]).Should().Be(24_000.50m, "the baseline's budgets, not A's doubled current budget");
        Money(ev["pv"]).Should().Be(12_200.50m, "A 10,000×8/10 + B 0 + C 8,000×8/20 + D whole");
        Money(ev["ev"]).Should().Be(8_010.01m, "A 60 % + C 25 % + D 1 % of 1,000.50 = 8,010.005, half away from zero");
        Money(ev["ac"]).Should().Be(6_833.33m, "4,000 + 3,333.33 − 500 refund; the spend after t is left out");
        Money(ev["cv"]).Should().Be(1_176.68m);
        Money(ev["sv"]).Should().Be(-4_190.50m);
        Maybe(ev["cpi"]).Should().Be(1.1722m);
        Maybe(ev["spi"]).Should().Be(0.6565m);
        Maybe(ev["eac"]).Should().Be(20_474.81m);
        Maybe(ev["etc"]).Should().Be(13_641.48m);
        Maybe(ev["vac"]).Should().Be(3_525.69m);
        Maybe(ev["tcpi"]).Should().Be(0.9315m);
        ev["health"]!.GetValue<string>().Should().Be("red", "SPI 0.66 is under 0.85");
        ev["readings"]!["cpi"]!.GetValue<string>().Should().Be("For every 1.00 spent, 1.17 of planned work was delivered.");

        var explicitBaseline = await OkAsync(await scene.Work.Client.GetAsync(
            $"/api/v1/projects/{scene.Work.ProjectKey}/earned-value?asOf={Iso(t)}&baseline={scene.BaselineId}"));
        Money(explicitBaseline["ev"]).Should().Be(8_010.01m);
        explicitBaseline["baseline"]!["id"]!.GetValue<string>().Should().Be(scene.BaselineId);

        var end = await OkAsync(await scene.Work.Client.GetAsync($"/api/v1/projects/{scene.Work.ProjectKey}/earned-value?asOf={Iso(scene.S.AddDays(25))}"));
        Money(end["pv"]).Should().Be(24_000.50m, "every item's baseline span has passed");
        Money(end["ev"]).Should().Be(13_010.01m, "A 90 % + C 50 % + D 1 %");
        Money(end["ac"]).Should().Be(7_833.33m);
    }

    [Fact]
    public async Task EarnedValue_HolidayAndMilestone_PlannedValueFollowsTheBaselineCalendar()
    {
        var s = MondayWeeksAgo(6);
        var work = await NewProjectAsync(app, s);
        (await work.Client.PutAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/calendar", new { holidays = new[] { Iso(s.AddDays(1)) } })).EnsureSuccessStatusCode();
        var a = await work.AddItemAsync("Build", 5, budget: 500m);
        var m = await work.AddItemAsync("Go-live approved", 0, type: "milestone", budget: 1_000m);
        (await work.LinkAsync(a, m)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await work.ScheduledAsync(m))["earlyFinish"]!.GetValue<string>().Should().Be(Iso(s.AddDays(7)), "A works Mon, Wed–Fri and the next Monday");
        await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/baselines", new { name = "Approved" }));

        (await PvAsync(1)).Should().Be(100m, "the holiday is no working day: 1 of 5 days by Tuesday");
        (await PvAsync(2)).Should().Be(200m);
        (await PvAsync(6)).Should().Be(400m, "the milestone is not due before its shown date");
        (await PvAsync(7)).Should().Be(1_500m, "A's last day and the milestone's shown date");

        async Task<decimal> PvAsync(int day) =>
            Money((await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/earned-value?asOf={Iso(s.AddDays(day))}")))["pv"]);
    }

    [Fact]
    public async Task EarnedValue_LatestBaselineByDefault_ChosenOneOnRequest()
    {
        var scene = await SceneAsync();
        var second = await CreatedAsync(await scene.Work.Client.PostAsJsonAsync($"/api/v1/projects/{scene.Work.ProjectKey}/baselines", new { name = "Re-plan" }));
        var at = $"/api/v1/projects/{scene.Work.ProjectKey}/earned-value?asOf={Iso(scene.S.AddDays(9))}";

        var latest = await OkAsync(await scene.Work.Client.GetAsync(at));
        var chosen = await OkAsync(await scene.Work.Client.GetAsync($"{at}&baseline={scene.BaselineId}"));

        latest["baseline"]!["id"]!.GetValue<string>().Should().Be(second["id"]!.GetValue<string>());
        Money(latest["bac"]).Should().Be(34_000.50m, "the re-plan holds A at 20,000");
        Money(latest["ev"]).Should().Be(14_010.01m);
        chosen["baseline"]!["name"]!.GetValue<string>().Should().Be("Approved");
        Money(chosen["bac"]).Should().Be(24_000.50m);
    }

    [Fact]
    public async Task EarnedValue_NoBaselineAndNoSpend_UsesTheCurrentPlanAndNullsWhatDividesByZero()
    {
        var s = MondayWeeksAgo(4);
        var work = await NewProjectAsync(app, s);
        var a = await work.AddItemAsync("Only task", 10, budget: 1_000m);
        await ProgressAsync(work, a, 50, s.AddDays(4));

        var ev = await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/earned-value?asOf={Iso(s.AddDays(4))}"));

        ev["basis"]!.GetValue<string>().Should().Be("currentPlan");
        ev["baseline"].Should().BeNull();
        ev.Should().ContainKey("baseline");
        Money(ev["bac"]).Should().Be(1_000m);
        Money(ev["pv"]).Should().Be(500m);
        Money(ev["ev"]).Should().Be(500m);
        Money(ev["ac"]).Should().Be(0m);
        Money(ev["cv"]).Should().Be(500m);
        Maybe(ev["spi"]).Should().Be(1m);
        Maybe(ev["tcpi"]).Should().Be(0.5m);
        foreach (var absent in new[] { "cpi", "eac", "etc", "vac" })
        {
            ev.Should().ContainKey(absent);
            ev[absent].Should().BeNull($"{absent} divides by AC = 0 or derives from CPI");
        }

        var before = await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/earned-value?asOf={Iso(s.AddDays(-1))}"));
        before["spi"].Should().BeNull("nothing was planned before the start");
        Money(before["pv"]).Should().Be(0m);

        var empty = await NewProjectAsync(app, s);
        var nothing = await OkAsync(await empty.Client.GetAsync($"/api/v1/projects/{empty.ProjectKey}/earned-value"));
        nothing["asOf"]!.GetValue<string>().Should().Be(Iso(Today()));
        foreach (var absent in new[] { "cpi", "spi", "eac", "etc", "vac", "tcpi" })
        {
            nothing[absent].Should().BeNull(absent);
        }
    }

    [Fact]
    public async Task EarnedValue_BaselineOfAnotherProjectOrUnknown_Returns400NamingBaseline()
    {
        var work = await NewProjectAsync(app);
        await work.AddItemAsync("A", 2, budget: 10m);
        var other = await NewProjectAsync(app);
        await other.AddItemAsync("B", 2, budget: 10m);
        var foreign = await CreatedAsync(await other.Client.PostAsJsonAsync($"/api/v1/projects/{other.ProjectKey}/baselines", new { name = "Theirs" }));
        var path = $"/api/v1/projects/{work.ProjectKey}/earned-value";

        (await ErrorsAsync(await work.Client.GetAsync($"{path}?baseline={foreign["id"]}"))).Should().ContainKey("baseline");
        (await ErrorsAsync(await work.Client.GetAsync($"{path}?baseline={Guid.NewGuid()}"))).Should().ContainKey("baseline");
        (await ErrorsAsync(await work.Client.GetAsync($"{path}/series?from=2026-01-05&to=2026-02-01&baseline={Guid.NewGuid()}"))).Should().ContainKey("baseline");
        (await ErrorsAsync(await work.Client.GetAsync($"{path}?asOf=2026-02-30"))).Should().ContainKey("asOf");
        (await ErrorsAsync(await work.Client.GetAsync($"{path}?asOf=9999-12-31"))).Should().ContainKey("asOf");
    }

    [Fact]
    public async Task Series_WeeklyPointsFromMondays_LastAgreesWithEarnedValueAtTo()
    {
        var scene = await SceneAsync();
        var from = scene.S.AddDays(2); // a Wednesday: the first point is its week's Monday
        var to = scene.S.AddDays(9);
        var key = scene.Work.ProjectKey;

        var series = (await scene.Work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/projects/{key}/earned-value/series?from={Iso(from)}&to={Iso(to)}"))!;
        var at = await OkAsync(await scene.Work.Client.GetAsync($"/api/v1/projects/{key}/earned-value?asOf={Iso(to)}"));

        series.Select(p => p!["week"]!.GetValue<string>()).Should().Equal(Iso(scene.S), Iso(scene.S.AddDays(7)));
        var first = series[0]!;
        Money(first["pv"]).Should().Be(8_000.50m, "as of Sunday S+6: A 5/10, C 5/20, D whole");
        Money(first["ev"]).Should().Be(5_010.01m, "A 30 % + C 25 % + D 1 %");
        Money(first["ac"]).Should().Be(7_333.33m, "the refund of S+7 is in the next week");
        Maybe(first["cpi"]).Should().Be(0.6832m);
        Maybe(first["spi"]).Should().Be(0.6262m);
        var last = series[1]!;
        Money(last["pv"]).Should().Be(Money(at["pv"]));
        Money(last["ev"]).Should().Be(Money(at["ev"]));
        Money(last["ac"]).Should().Be(Money(at["ac"]));
        Maybe(last["cpi"]).Should().Be(Maybe(at["cpi"]));
        Maybe(last["spi"]).Should().Be(Maybe(at["spi"]));

        var whole = (await scene.Work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/projects/{key}/earned-value/series?from={Iso(scene.S)}&to={Iso(scene.S.AddDays(34))}"))!;
        whole.Should().HaveCount(5);
        whole.Select(p => Money(p!["pv"])).Should().BeInAscendingOrder();
        Money(whole[^1]!["pv"]).Should().Be(24_000.50m);
        Money(whole[^1]!["ac"]).Should().Be(7_833.33m);

        (await ErrorsAsync(await scene.Work.Client.GetAsync($"/api/v1/projects/{key}/earned-value/series?from={Iso(to)}&to={Iso(from)}"))).Should().ContainKey("to");
        (await ErrorsAsync(await scene.Work.Client.GetAsync($"/api/v1/projects/{key}/earned-value/series?from=2026-01-05&to=someday"))).Should().ContainKey("to");
    }

    [Fact]
    public async Task Progress_RecordAndList_LatestFirst_AndAnEarlierEntryDoesNotReplaceTheCurrentPercent()
    {
        var s = MondayWeeksAgo(3);
        var work = await NewProjectAsync(app, s);
        var item = await work.AddItemAsync("Build", 10);
        var path = $"/api/v1/work-items/{item}/progress";

        var response = await work.Client.PostAsJsonAsync(path, new { percentComplete = 60, asOf = Iso(s.AddDays(8)) });
        var created = await CreatedAsync(response);
        created["asOf"]!.GetValue<string>().Should().Be(Iso(s.AddDays(8)));
        created["percentComplete"]!.GetValue<int>().Should().Be(60);
        created["recordedBy"]!.GetValue<string>().Should().Be(work.Lead.Email);
        await ProgressAsync(work, item, 30, s.AddDays(2));

        var history = (await work.Client.GetFromJsonAsync<JsonArray>(path))!;
        history.Select(h => (h!["asOf"]!.GetValue<string>(), h["percentComplete"]!.GetValue<int>()))
            .Should().Equal((Iso(s.AddDays(8)), 60), (Iso(s.AddDays(2)), 30));
        (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/work-items/{item}"))!["percentComplete"]!.GetValue<int>()
            .Should().Be(60, "the entry dated later stays the current percent");

        await ProgressAsync(work, item, 65, s.AddDays(8));
        (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/work-items/{item}"))!["percentComplete"]!.GetValue<int>()
            .Should().Be(65, "of two entries on one day the one recorded last counts");
        (await work.Client.GetFromJsonAsync<JsonArray>(path))![0]!["percentComplete"]!.GetValue<int>().Should().Be(65);

        var today = await CreatedAsync(await work.Client.PostAsJsonAsync(path, new { percentComplete = 70 }));
        today["asOf"]!.GetValue<string>().Should().Be(Iso(Today()), "asOf defaults to today");
        (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/work-items/{item}"))!["percentComplete"]!.GetValue<int>().Should().Be(70);
    }

    [Fact]
    public async Task Progress_OutsideItsWindowOrRange_Returns400NamingTheFieldAndSavesNothing()
    {
        var s = MondayWeeksAgo(3);
        var work = await NewProjectAsync(app, s);
        var item = await work.AddItemAsync("Build", 10);
        var path = $"/api/v1/work-items/{item}/progress";
        (string Body, string Field)[] cases =
        [
            ($$"""{"percentComplete":10,"asOf":"{{Iso(s.AddDays(-1))}}"}""", "asOf"),
            ($$"""{"percentComplete":10,"asOf":"{{Iso(Today().AddDays(1))}}"}""", "asOf"),
            ("""{"percentComplete":10,"asOf":"2026-02-30"}""", "asOf"),
            ("""{"percentComplete":10,"asOf":"0001-01-01"}""", "asOf"),
            ("""{"percentComplete":101}""", "percentComplete"),
            ("""{"percentComplete":-1}""", "percentComplete"),
            ("""{"asOf":"2026-01-05"}""", "percentComplete"),
            ("""{"percentComplete":"half"}""", "percentComplete"),
            ("""{"percentComplete":10,"asOf":"2026-01-05\u0000"}""", "asOf"),
        ];

        foreach (var (body, field) in cases)
        {
            (await ErrorsAsync(await work.Client.SendJsonAsync(HttpMethod.Post, path, body))).Should().ContainKey(field, body);
        }

        (await work.Client.GetFromJsonAsync<JsonArray>(path))!.Should().BeEmpty();
        (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/work-items/{item}"))!["percentComplete"]!.GetValue<int>().Should().Be(0);
        (await work.Client.PostAsJsonAsync($"/api/v1/work-items/{work.ProjectKey}-999/progress", new { percentComplete = 5 }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Progress_PatchOfPercentComplete_RecordsAnEntryAsOfToday()
    {
        var s = MondayWeeksAgo(3);
        var work = await NewProjectAsync(app, s);
        var item = await work.AddItemAsync("Build", 10, budget: 1_000m);
        await ProgressAsync(work, item, 20, s.AddDays(1));
        var version = (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/work-items/{item}"))!["version"]!.GetValue<uint>();

        (await work.Client.PatchAsJsonAsync($"/api/v1/work-items/{item}", new { percentComplete = 45, version })).StatusCode.Should().Be(HttpStatusCode.OK);
        var renamed = (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/work-items/{item}"))!;
        (await work.Client.PatchAsJsonAsync($"/api/v1/work-items/{item}", new { title = "Build it", version = renamed["version"]!.GetValue<uint>() }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var history = (await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/work-items/{item}/progress"))!;
        history.Select(h => (h!["asOf"]!.GetValue<string>(), h["percentComplete"]!.GetValue<int>()))
            .Should().Equal([(Iso(Today()), 45), (Iso(s.AddDays(1)), 20)], "a change of percent is progress as of today; a rename is not");
        var ev = await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/earned-value"));
        Money(ev["ev"]).Should().Be(450m);
    }
}
