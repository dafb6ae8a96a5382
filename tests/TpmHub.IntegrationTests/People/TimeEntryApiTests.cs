using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;
using static TpmHub.IntegrationTests.Budget.BudgetApi;

namespace TpmHub.IntegrationTests.People;

/// <summary>Time entries (issue 13) through the real API: limits, labour cost by the rate on the day, earned value's AC, timesheets and approval.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class TimeEntryApiTests(TpmHubApp app)
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public async Task LoggedHours_CostHoursTimesTheRateOnTheDay_AndAddToEarnedValueAc()
    {
        var work = await NewProjectAsync(app, Start);
        var item = await work.AddItemAsync("Build", 10, budget: 10_000m);
        var ana = await PeopleTestData.PersonAsync(app, "Ana Ruiz", (100m, "USD", Start), (120m, "USD", new DateOnly(2026, 2, 1)));
        await ExpenseAsync(work, new DateOnly(2026, 1, 20), 500m);
        var before = await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/earned-value?asOf=2026-03-01"));

        var january = await CreatedAsync(await work.Client.PostAsJsonAsync(Entries(work), new { personId = ana, date = "2026-01-30", hours = 7.5, workItem = item.ToLowerInvariant(), note = "Terraform modules" }));
        var february = await CreatedAsync(await work.Client.PostAsJsonAsync(Entries(work), new { personId = ana, date = "2026-02-02", hours = 8 }));

        january["cost"]!.GetValue<decimal>().Should().Be(750m);
        january["workItem"]!.GetValue<string>().Should().Be(item);
        january["personName"]!.GetValue<string>().Should().Be("Ana Ruiz");
        february["cost"]!.GetValue<decimal>().Should().Be(960m, "the rate changed to 120 on 1 February");
        var after = await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/earned-value?asOf=2026-03-01"));
        after["ac"]!.GetValue<decimal>().Should().Be(before["ac"]!.GetValue<decimal>() + 1710m);
        before["ac"]!.GetValue<decimal>().Should().Be(500m);
        (await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/earned-value?asOf=2026-01-31")))["ac"]!.GetValue<decimal>()
            .Should().Be(1250m, "only hours dated on or before t count");
        var series = (await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/projects/{work.ProjectKey}/earned-value/series?from=2026-01-26&to=2026-02-08"))!;
        series.Select(p => p!["ac"]!.GetValue<decimal>()).Should().Equal(1250m, 2210m);
        var list = (await work.Client.GetFromJsonAsync<JsonArray>($"{Entries(work)}?from=2026-02-01"))!;
        list.Select(e => e!["id"]!.GetValue<string>()).Should().Equal(february["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARateChange_RepricesTheHoursItGoverns_AndLeavesEarlierHoursAtTheirRate()
    {
        var work = await NewProjectAsync(app, Start);
        var ana = await PeopleTestData.PersonAsync(app, "Ana Reprice", (100m, "USD", Start));
        await CreatedAsync(await work.Client.PostAsJsonAsync(Entries(work), new { personId = ana, date = "2026-02-27", hours = 8 }));
        var march = await CreatedAsync(await work.Client.PostAsJsonAsync(Entries(work), new { personId = ana, date = "2026-03-02", hours = 4 }));
        (await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/earned-value?asOf=2026-03-31")))["ac"]!.GetValue<decimal>().Should().Be(1200m);

        var person = await OkAsync(await work.Client.GetAsync($"/api/v1/people/{ana}"));
        person["costRate"] = 150m;
        person["costRateFrom"] = "2026-03-01";
        await OkAsync(await work.Client.PutAsJsonAsync($"/api/v1/people/{ana}", person));

        (await OkAsync(await work.Client.GetAsync($"/api/v1/time-entries/{march["id"]}")))
            ["cost"]!.GetValue<decimal>().Should().Be(600m, "hours from 1 March take the new rate");
        var list = (await work.Client.GetFromJsonAsync<JsonArray>(Entries(work)))!;
        list.Select(e => e!["cost"]!.GetValue<decimal>()).Should().BeEquivalentTo([800m, 600m], "February's hours keep the rate they were worked at");
        (await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/earned-value?asOf=2026-03-31")))["ac"]!.GetValue<decimal>().Should().Be(1400m);
        (await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/earned-value?asOf=2026-02-28")))["ac"]!.GetValue<decimal>().Should().Be(800m);
    }

    [Fact]
    public async Task BadEntries_AreRefusedByFieldAndNothingIsLogged()
    {
        var work = await NewProjectAsync(app, Start);
        var ana = await PeopleTestData.PersonAsync(app, "Ana", (100m, "USD", Start));
        var noRate = await PeopleTestData.PersonAsync(app, "Ben");
        var euro = await PeopleTestData.PersonAsync(app, "Chloé", (90m, "EUR", Start));
        var tomorrow = DateOnly.FromDateTime(DateTime.Today).AddDays(1).ToString("yyyy-MM-dd");
        await CreatedAsync(await work.Client.PostAsJsonAsync(Entries(work), new { personId = ana, date = "2026-02-02", hours = 20 }));

        async Task RefusedAsync(object body, string field) =>
            (await ErrorsAsync(await work.Client.PostAsJsonAsync(Entries(work), body))).Should().ContainKey(field, System.Text.Json.JsonSerializer.Serialize(body));

        await RefusedAsync(new { personId = ana, date = "2026-02-03", hours = 0 }, "hours");
        await RefusedAsync(new { personId = ana, date = "2026-02-03", hours = -1 }, "hours");
        await RefusedAsync(new { personId = ana, date = "2026-02-03", hours = 24.5 }, "hours");
        await RefusedAsync(new { personId = ana, date = "2026-02-03", hours = 1.333 }, "hours");
        await RefusedAsync(new { personId = ana, date = "2026-02-02", hours = 5 }, "hours");
        await RefusedAsync(new { personId = ana, date = "2026-01-02", hours = 1 }, "date");
        await RefusedAsync(new { personId = ana, date = tomorrow, hours = 1 }, "date");
        await RefusedAsync(new { personId = ana, date = "02/03/2026", hours = 1 }, "date");
        await RefusedAsync(new { personId = noRate, date = "2026-02-03", hours = 1 }, "personId");
        await RefusedAsync(new { personId = euro, date = "2026-02-03", hours = 1 }, "personId");
        await RefusedAsync(new { personId = Guid.NewGuid(), date = "2026-02-03", hours = 1 }, "personId");
        await RefusedAsync(new { personId = ana, date = "2026-02-03", hours = 1, workItem = "NOPE-1" }, "workItem");
        await RefusedAsync(new { date = "2026-02-03", hours = 1 }, "personId");

        (await work.Client.GetFromJsonAsync<JsonArray>(Entries(work)))!.Should().ContainSingle();
    }

    [Fact]
    public async Task Timesheet_ShowsTheWeekByItem_AndApprovalLocksItsEntries()
    {
        var work = await NewProjectAsync(app, Start);
        var item = await work.AddItemAsync("Build", 10);
        var ana = await PeopleTestData.PersonAsync(app, "Ana", (100m, "USD", Start));
        var monday = await CreatedAsync(await work.Client.PostAsJsonAsync(Entries(work), new { personId = ana, date = "2026-02-02", hours = 6, workItem = item }));
        await CreatedAsync(await work.Client.PostAsJsonAsync(Entries(work), new { personId = ana, date = "2026-02-04", hours = 2, workItem = item }));
        await CreatedAsync(await work.Client.PostAsJsonAsync(Entries(work), new { personId = ana, date = "2026-02-04", hours = 1 }));

        var sheet = await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/people/{ana}/timesheet?week=2026-02-05"));
        sheet["week"]!.GetValue<string>().Should().Be("2026-02-02");
        sheet["rows"]!.AsArray().Select(r => $"{r!["workItem"]}:{string.Join(",", r["hours"]!.AsArray().Select(h => h!.GetValue<decimal>().ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)))}")
            .Should().Equal($"{item}:6,0,2,0,0,0,0", ":0,0,1,0,0,0,0");
        sheet["dayTotals"]!.AsArray().Select(h => h!.GetValue<decimal>()).Should().Equal(6m, 0m, 3m, 0m, 0m, 0m, 0m);
        sheet["cost"]!.GetValue<decimal>().Should().Be(900m);
        sheet["approved"]!.GetValue<bool>().Should().BeFalse();

        var approved = await OkAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/people/{ana}/timesheet/approve", new { week = "2026-02-02" }));
        approved["approved"]!.GetValue<bool>().Should().BeTrue();
        var put = await work.Client.PutAsJsonAsync($"/api/v1/time-entries/{monday["id"]}", new { personId = ana, date = "2026-02-02", hours = 7, version = monday["version"]!.GetValue<uint>() });
        put.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await work.Client.DeleteAsync($"/api/v1/time-entries/{monday["id"]}")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ErrorsAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/people/{ana}/timesheet/approve", new { week = "2026-03-02" })))
            .Should().ContainKey("week");
    }

    [Fact]
    public async Task Entry_EditAndDelete_WithVersion_BeforeApproval()
    {
        var work = await NewProjectAsync(app, Start);
        var ana = await PeopleTestData.PersonAsync(app, "Ana", (100m, "USD", Start));
        var entry = await CreatedAsync(await work.Client.PostAsJsonAsync(Entries(work), new { personId = ana, date = "2026-02-02", hours = 6 }));
        var path = $"/api/v1/time-entries/{entry["id"]}";

        var put = await OkAsync(await work.Client.PutAsJsonAsync(path, new { personId = ana, date = "2026-02-03", hours = 7, note = "moved", version = entry["version"]!.GetValue<uint>() }));
        put["date"]!.GetValue<string>().Should().Be("2026-02-03");
        put["cost"]!.GetValue<decimal>().Should().Be(700m);
        (await work.Client.PutAsJsonAsync(path, new { personId = ana, date = "2026-02-03", hours = 5, version = entry["version"]!.GetValue<uint>() })).StatusCode
            .Should().Be(HttpStatusCode.Conflict);
        (await ErrorsAsync(await work.Client.PutAsJsonAsync(path, new { personId = ana, date = "2026-02-03", hours = 5 }))).Should().ContainKey("version");
        (await work.Client.DeleteAsync(path)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await work.Client.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task EveryTimeRoute_StakeholderReadsButCannotWrite_OutsiderGets404_AnonymousGets401()
    {
        var work = await NewProjectAsync(app, Start);
        var ana = await PeopleTestData.PersonAsync(app, "Ana", (100m, "USD", Start));
        var entry = await CreatedAsync(await work.Client.PostAsJsonAsync(Entries(work), new { personId = ana, date = "2026-02-02", hours = 6 }));
        var stakeholder = await work.MemberClientAsync(ProjectRole.Stakeholder);
        var (_, outsider) = await app.SignedInAsync(ProjectRole.TeamLead);
        var anonymous = app.CreateClient();
        var body = $$"""{"personId":"{{ana}}","date":"2026-02-03","hours":1,"version":{{entry["version"]}}}""";
        (string Method, string Path, string? Body)[] routes =
        [
            ("GET", Entries(work), null),
            ("POST", Entries(work), body),
            ("GET", $"/api/v1/projects/{work.ProjectKey}/people/{ana}/timesheet?week=2026-02-02", null),
            ("POST", $"/api/v1/projects/{work.ProjectKey}/people/{ana}/timesheet/approve", """{"week":"2026-02-02"}"""),
            ("GET", $"/api/v1/time-entries/{entry["id"]}", null),
            ("PUT", $"/api/v1/time-entries/{entry["id"]}", body),
            ("DELETE", $"/api/v1/time-entries/{entry["id"]}", null),
        ];
        var before = await work.Client.GetStringAsync(Entries(work));

        await RouteRoles.AssertAsync(routes, stakeholder, outsider, anonymous);

        (await work.Client.GetStringAsync(Entries(work))).Should().Be(before);
    }

    private static string Entries(WorkApi work) => $"/api/v1/projects/{work.ProjectKey}/time-entries";
}
