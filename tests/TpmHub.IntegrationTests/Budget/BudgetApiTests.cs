using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;
using static TpmHub.IntegrationTests.Budget.BudgetApi;

namespace TpmHub.IntegrationTests.Budget;

/// <summary>Budget lines, expenses, the budget summary and settings, and who may read and write them (issue 10), through the real API.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class BudgetApiTests(TpmHubApp app)
{
    [Fact]
    public async Task BudgetLine_CreateListGetPutDelete_RoundTrips()
    {
        var work = await NewProjectAsync(app);
        var lines = $"/api/v1/projects/{work.ProjectKey}/budget-lines";

        var response = await work.Client.PostAsJsonAsync(lines, new { category = "cloudInfrastructure", spendType = "capEx", month = "2026-03", amount = 1200.50m, note = " AWS " });

        var created = await CreatedAsync(response);
        var id = created["id"]!.GetValue<string>();
        response.Headers.Location!.ToString().Should().Be($"{lines}/{id}");
        created["category"]!.GetValue<string>().Should().Be("cloudInfrastructure");
        created["spendType"]!.GetValue<string>().Should().Be("capEx");
        created["month"]!.GetValue<string>().Should().Be("2026-03");
        Money(created["amount"]).Should().Be(1200.50m);
        created["note"]!.GetValue<string>().Should().Be("AWS");
        (await work.Client.GetFromJsonAsync<JsonArray>(lines))!.Select(l => l!["id"]!.GetValue<string>()).Should().Equal(id);
        (await work.Client.GetFromJsonAsync<JsonObject>($"{lines}/{id}"))!["month"]!.GetValue<string>().Should().Be("2026-03");

        var put = await OkAsync(await work.Client.PutAsJsonAsync($"{lines}/{id}",
            new { category = "labour", spendType = "opEx", month = "2026-04", amount = 99.99m, note = "", version = created["version"]!.GetValue<uint>() }));

        put["category"]!.GetValue<string>().Should().Be("labour");
        put["month"]!.GetValue<string>().Should().Be("2026-04");
        put["version"]!.GetValue<uint>().Should().NotBe(created["version"]!.GetValue<uint>());
        Money((await work.Client.GetFromJsonAsync<JsonObject>($"{lines}/{id}"))!["amount"]).Should().Be(99.99m);

        var other = await NewProjectAsync(app);
        (await other.Client.GetAsync($"/api/v1/projects/{other.ProjectKey}/budget-lines/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a line of another project");
        (await other.Client.DeleteAsync($"/api/v1/projects/{other.ProjectKey}/budget-lines/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        (await work.Client.DeleteAsync($"{lines}/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await work.Client.GetAsync($"{lines}/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await work.Client.GetFromJsonAsync<JsonArray>(lines))!.Should().BeEmpty();
    }

    [Fact]
    public async Task BudgetLine_StaleVersion_Returns409WithTheCurrentLine()
    {
        var work = await NewProjectAsync(app);
        var line = await LineAsync(work, "labour", "2026-02", 1000m);
        var path = $"/api/v1/projects/{work.ProjectKey}/budget-lines/{line["id"]}";
        var version = line["version"]!.GetValue<uint>();
        await OkAsync(await work.Client.PutAsJsonAsync(path, new { category = "labour", spendType = "opEx", month = "2026-02", amount = 2000m, version }));

        var stale = await work.Client.PutAsJsonAsync(path, new { category = "labour", spendType = "opEx", month = "2026-02", amount = 3000m, version });

        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        Money((await stale.Content.ReadFromJsonAsync<JsonObject>())!["current"]!["amount"]).Should().Be(2000m);
        Money((await work.Client.GetFromJsonAsync<JsonObject>(path))!["amount"]).Should().Be(2000m);
    }

    [Theory]
    [InlineData("""{"category":"labour","spendType":"opEx","month":"2026-03","amount":0}""", "amount")]
    [InlineData("""{"category":"labour","spendType":"opEx","month":"2026-03","amount":-10}""", "amount")]
    [InlineData("""{"category":"labour","spendType":"opEx","month":"2026-03","amount":1e20}""", "amount")]
    [InlineData("""{"category":"labour","spendType":"opEx","month":"2026-03","amount":10.125}""", "amount")]
    [InlineData("""{"category":"labour","spendType":"opEx","month":"2026-03"}""", "amount")]
    [InlineData("""{"category":"catering","spendType":"opEx","month":"2026-03","amount":10}""", "category")]
    [InlineData("""{"spendType":"opEx","month":"2026-03","amount":10}""", "category")]
    [InlineData("""{"category":"labour","spendType":"opex2","month":"2026-03","amount":10}""", "spendType")]
    [InlineData("""{"category":"labour","spendType":"opEx","month":"2026-13","amount":10}""", "month")]
    [InlineData("""{"category":"labour","spendType":"opEx","month":"2026-1-1","amount":10}""", "month")]
    [InlineData("""{"category":"labour","spendType":"opEx","month":"2026-03-01","amount":10}""", "month")]
    [InlineData("""{"category":"labour","spendType":"opEx","month":"2026-3","amount":10}""", "month")]
    [InlineData("""{"category":"labour","spendType":"opEx","month":"9999-12","amount":10}""", "month")]
    [InlineData("""{"category":"labour","spendType":"opEx","amount":10}""", "month")]
    [InlineData("""{"category":"labour","spendType":"opEx","month":"2026-03","amount":10,"note":"a\u0000b"}""", "note")]
    [InlineData("""{"category":"labour","spendType":"opEx","month":"2026-03","amount":"ten"}""", "amount")]
    public async Task BudgetLine_BadField_Returns400NamingItAndSavesNothing(string body, string field)
    {
        var work = await NewProjectAsync(app);
        var existing = await LineAsync(work, "training", "2026-01", 10m);
        var lines = $"/api/v1/projects/{work.ProjectKey}/budget-lines";
        var before = await work.Client.GetStringAsync(lines);

        (await ErrorsAsync(await work.Client.SendJsonAsync(HttpMethod.Post, lines, body))).Should().ContainKey(field);
        var put = body.Insert(body.Length - 1, $",\"version\":{existing["version"]}");
        (await ErrorsAsync(await work.Client.SendJsonAsync(HttpMethod.Put, $"{lines}/{existing["id"]}", put))).Should().ContainKey(field);

        (await work.Client.GetStringAsync(lines)).Should().Be(before);
    }

    [Fact]
    public async Task Expenses_ListWithFiltersAndPaging_ReturnsTotalAndNetAmountWithRefundsSubtracted()
    {
        var work = await NewProjectAsync(app);
        await ExpenseAsync(work, new DateOnly(2026, 10, 1), 1000m, "labour");
        await ExpenseAsync(work, new DateOnly(2026, 10, 15), 500.25m, "cloudInfrastructure");
        await ExpenseAsync(work, new DateOnly(2026, 10, 20), 100.25m, "cloudInfrastructure", kind: "refund");
        await ExpenseAsync(work, new DateOnly(2026, 11, 2), 300m, "labour");
        var path = $"/api/v1/projects/{work.ProjectKey}/expenses";

        var all = await work.Client.GetFromJsonAsync<JsonObject>(path);
        var window = await work.Client.GetFromJsonAsync<JsonObject>($"{path}?from=2026-10-10&to=2026-10-31");
        var cloud = await work.Client.GetFromJsonAsync<JsonObject>($"{path}?category=cloudInfrastructure");
        var refunds = await work.Client.GetFromJsonAsync<JsonObject>($"{path}?kind=refund");
        var page2 = await work.Client.GetFromJsonAsync<JsonObject>($"{path}?page=2&pageSize=2");

        Summary(all!).Should().Be((4, 1700.00m));
        Dates(all!).Should().Equal("2026-11-02", "2026-10-20", "2026-10-15", "2026-10-01");
        Summary(window!).Should().Be((2, 400.00m));
        Dates(window!).Should().Equal("2026-10-20", "2026-10-15");
        Summary(cloud!).Should().Be((2, 400.00m));
        Summary(refunds!).Should().Be((1, -100.25m));
        refunds!["items"]![0]!["kind"]!.GetValue<string>().Should().Be("refund");
        Money(refunds["items"]![0]!["amount"]).Should().Be(100.25m, "amounts are always positive; the kind says it subtracts");
        Summary(page2!).Should().Be((4, 1700.00m));
        Dates(page2!).Should().Equal("2026-10-15", "2026-10-01");

        var none = await work.Client.GetFromJsonAsync<JsonObject>($"{path}?category=training");
        Summary(none!).Should().Be((0, 0m));
        (await ErrorsAsync(await work.Client.GetAsync($"{path}?category=food"))).Should().ContainKey("category");
        (await ErrorsAsync(await work.Client.GetAsync($"{path}?kind=credit"))).Should().ContainKey("kind");
        (await ErrorsAsync(await work.Client.GetAsync($"{path}?from=2026-02-30"))).Should().ContainKey("from");
        (await work.Client.GetAsync($"{path}?pageSize=201")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        static (int, decimal) Summary(JsonObject page) => (page["total"]!.GetValue<int>(), Money(page["netAmount"]));
        static string[] Dates(JsonObject page) => page["items"]!.AsArray().Select(e => e!["date"]!.GetValue<string>()).ToArray();
    }

    [Fact]
    public async Task Expense_WithWorkItem_PutDeleteAndStaleVersion()
    {
        var work = await NewProjectAsync(app);
        var item = await work.AddItemAsync("Direct Connect", 5);
        var response = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/expenses",
            new { date = "2026-03-02", amount = 250m, category = "vendorsServices", vendor = "Acme", reference = "INV-1", workItem = item.ToLowerInvariant() });
        var created = await CreatedAsync(response);
        var path = $"/api/v1/projects/{work.ProjectKey}/expenses/{created["id"]}";
        response.Headers.Location!.ToString().Should().Be(path);
        created["kind"]!.GetValue<string>().Should().Be("expense", "the kind defaults to expense");
        created["workItem"]!.GetValue<string>().Should().Be(item);
        created["vendor"]!.GetValue<string>().Should().Be("Acme");
        var version = created["version"]!.GetValue<uint>();

        var put = await OkAsync(await work.Client.PutAsJsonAsync(path,
            new { date = "2026-03-03", amount = 75.5m, category = "vendorsServices", kind = "refund", vendor = "Acme", reference = "CN-7", version }));

        put["kind"]!.GetValue<string>().Should().Be("refund");
        put["workItem"].Should().BeNull();
        Money(put["amount"]).Should().Be(75.5m);
        var stale = await work.Client.PutAsJsonAsync(path, new { date = "2026-03-03", amount = 1m, category = "labour", version });
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<JsonObject>())!["current"]!["reference"]!.GetValue<string>().Should().Be("CN-7");
        Money((await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/expenses"))!["netAmount"]).Should().Be(-75.5m);

        (await work.Client.DeleteAsync(path)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await work.Client.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await work.Client.DeleteAsync(path)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // Deleting the work item keeps its spend, unassigned.
        var kept = await ExpenseAsync(work, new DateOnly(2026, 3, 4), 20m, workItem: item);
        (await work.Client.DeleteAsync($"/api/v1/work-items/{item}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/expenses/{kept["id"]}"))!["workItem"].Should().BeNull();
    }

    [Fact]
    public async Task Expense_BadField_Returns400NamingItAndSavesNothing()
    {
        var work = await NewProjectAsync(app);
        var other = await NewProjectAsync(app);
        var foreign = await other.AddItemAsync("Foreign", 2);
        var existing = await ExpenseAsync(work, new DateOnly(2026, 2, 2), 10m);
        var path = $"/api/v1/projects/{work.ProjectKey}/expenses";
        var tooLate = Iso(Today().AddDays(367));
        var before = await work.Client.GetStringAsync(path);
        (string Body, string Field)[] cases =
        [
            ("""{"date":"2026-02-02","amount":0,"category":"labour"}""", "amount"),
            ("""{"date":"2026-02-02","amount":-5,"category":"labour"}""", "amount"),
            ("""{"date":"2026-02-02","amount":1e20,"category":"labour"}""", "amount"),
            ("""{"date":"2026-02-02","amount":1.001,"category":"labour"}""", "amount"),
            ("""{"date":"2026-02-02","amount":5,"category":"food"}""", "category"),
            ("""{"date":"2026-02-02","amount":5}""", "category"),
            ("""{"date":"2026-02-02","amount":5,"category":"labour","kind":"credit"}""", "kind"),
            ("""{"date":"2026-02-30","amount":5,"category":"labour"}""", "date"),
            ("""{"date":"yesterday","amount":5,"category":"labour"}""", "date"),
            ("""{"amount":5,"category":"labour"}""", "date"),
            ("""{"date":"0001-01-01","amount":5,"category":"labour"}""", "date"),
            ($$"""{"date":"{{tooLate}}","amount":5,"category":"labour"}""", "date"),
            ($$"""{"date":"2026-02-02","amount":5,"category":"labour","workItem":"{{foreign}}"}""", "workItem"),
            ($$"""{"date":"2026-02-02","amount":5,"category":"labour","workItem":"{{work.ProjectKey}}-999"}""", "workItem"),
            ("""{"date":"2026-02-02","amount":5,"category":"labour","vendor":"A\u0000"}""", "vendor"),
            ("""{"date":"2026-02-02","amount":5,"category":"labour","note":"\u0000"}""", "note"),
        ];

        foreach (var (body, field) in cases)
        {
            (await ErrorsAsync(await work.Client.SendJsonAsync(HttpMethod.Post, path, body))).Should().ContainKey(field, body);
            var put = body.Insert(body.Length - 1, $",\"version\":{existing["version"]}");
            (await ErrorsAsync(await work.Client.SendJsonAsync(HttpMethod.Put, $"{path}/{existing["id"]}", put))).Should().ContainKey(field, put);
        }

        (await work.Client.GetStringAsync(path)).Should().Be(before);
    }

    [Fact]
    public async Task Expense_DatedAYearAfterToday_IsAccepted()
    {
        var work = await NewProjectAsync(app);

        var created = await ExpenseAsync(work, Today().AddDays(366), 10m);

        created["date"]!.GetValue<string>().Should().Be(Iso(Today().AddDays(366)));
    }

    [Fact]
    public async Task BudgetSummary_PlannedAgainstActualByCategory_FlagsFromTheWarningPercent()
    {
        var work = await NewProjectAsync(app);
        await LineAsync(work, "labour", "2026-02", 6000m);
        await LineAsync(work, "labour", "2026-03", 4000m, spendType: "capEx");
        await LineAsync(work, "cloudInfrastructure", "2026-02", 5000m);
        await ExpenseAsync(work, new DateOnly(2026, 2, 10), 9500m, "labour");
        await ExpenseAsync(work, new DateOnly(2026, 2, 11), 500m, "labour", kind: "refund");
        await ExpenseAsync(work, new DateOnly(2026, 2, 12), 1000m, "cloudInfrastructure");
        await ExpenseAsync(work, new DateOnly(2026, 2, 13), 100m, "training");
        var summaryPath = $"/api/v1/projects/{work.ProjectKey}/budget-summary";

        var summary = await work.Client.GetFromJsonAsync<JsonObject>(summaryPath);

        summary!["warningPercent"]!.GetValue<int>().Should().Be(90);
        Money(summary["planned"]).Should().Be(15000m);
        Money(summary["actual"]).Should().Be(10100m);
        Money(summary["remaining"]).Should().Be(4900m);
        var categories = Categories(summary);
        categories.Keys.Should().BeEquivalentTo("labour", "cloudInfrastructure", "training");
        Money(categories["labour"]["planned"]).Should().Be(10000m);
        Money(categories["labour"]["actual"]).Should().Be(9000m, "the refund subtracts");
        Maybe(categories["labour"]["spentPercent"]).Should().Be(90.0m);
        categories["labour"]["flagged"]!.GetValue<bool>().Should().BeTrue("90 % spent reaches the default 90 % warning");
        Maybe(categories["cloudInfrastructure"]["spentPercent"]).Should().Be(20.0m);
        categories["cloudInfrastructure"]["flagged"]!.GetValue<bool>().Should().BeFalse();
        categories["training"]["flagged"]!.GetValue<bool>().Should().BeTrue("spend with no plan is flagged");
        var months = summary["months"]!.AsArray().ToDictionary(m => m!["month"]!.GetValue<string>(), m => m!);
        Money(months["2026-02"]["planned"]).Should().Be(11000m);
        Money(months["2026-02"]["actual"]).Should().Be(10100m);
        Money(months["2026-03"]["plannedToDate"]).Should().Be(15000m);

        var settings = await work.Client.PutAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/budget-settings", new { warningPercent = 95 });
        (await OkAsync(settings))["warningPercent"]!.GetValue<int>().Should().Be(95);
        var after = Categories((await work.Client.GetFromJsonAsync<JsonObject>(summaryPath))!);
        after["labour"]["flagged"]!.GetValue<bool>().Should().BeFalse("90 % is under the new 95 % warning");

        var early = await work.Client.GetFromJsonAsync<JsonObject>($"{summaryPath}?asOf=2026-02-10");
        Money(early!["actual"]).Should().Be(9500m, "spend after the status date is left out");

        static Dictionary<string, JsonNode> Categories(JsonObject summary) =>
            summary["categories"]!.AsArray().ToDictionary(c => c!["category"]!.GetValue<string>(), c => c!);
    }

    [Theory]
    [InlineData("""{"warningPercent":0}""")]
    [InlineData("""{"warningPercent":101}""")]
    [InlineData("""{"warningPercent":-5}""")]
    [InlineData("""{}""")]
    [InlineData("""{"warningPercent":"high"}""")]
    public async Task BudgetSettings_WarningPercentOutside1To100_Returns400AndKeepsTheSetting(string body)
    {
        var work = await NewProjectAsync(app);

        (await ErrorsAsync(await work.Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/projects/{work.ProjectKey}/budget-settings", body)))
            .Should().ContainKey("warningPercent");

        (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/budget-summary"))!["warningPercent"]!.GetValue<int>().Should().Be(90);
    }

    [Fact]
    public async Task EveryBudgetRoute_StakeholderReadsButCannotWrite_OutsiderGets404_AnonymousGets401()
    {
        var work = await NewProjectAsync(app);
        var item = await work.AddItemAsync("Build", 5, budget: 1000m);
        var line = await LineAsync(work, "labour", "2026-02", 100m);
        var expense = await ExpenseAsync(work, new DateOnly(2026, 2, 2), 10m);
        var stakeholder = await work.MemberClientAsync(ProjectRole.Stakeholder);
        var (_, outsider) = await app.SignedInAsync(ProjectRole.TeamLead);
        var anonymous = app.CreateClient();
        var p = $"/api/v1/projects/{work.ProjectKey}";
        var lineBody = """{"category":"labour","spendType":"opEx","month":"2026-02","amount":5,"version":1}""";
        var expenseBody = """{"date":"2026-02-02","amount":5,"category":"labour","version":1}""";
        (string Method, string Path, string? Body)[] routes =
        [
            ("GET", $"{p}/budget-lines", null),
            ("POST", $"{p}/budget-lines", lineBody),
            ("GET", $"{p}/budget-lines/{line["id"]}", null),
            ("PUT", $"{p}/budget-lines/{line["id"]}", lineBody),
            ("DELETE", $"{p}/budget-lines/{line["id"]}", null),
            ("GET", $"{p}/expenses", null),
            ("POST", $"{p}/expenses", expenseBody),
            ("GET", $"{p}/expenses/{expense["id"]}", null),
            ("PUT", $"{p}/expenses/{expense["id"]}", expenseBody),
            ("DELETE", $"{p}/expenses/{expense["id"]}", null),
            ("GET", $"{p}/budget-summary", null),
            ("PUT", $"{p}/budget-settings", """{"warningPercent":80}"""),
            ("GET", $"{p}/earned-value", null),
            ("GET", $"{p}/earned-value/series?from=2026-01-05&to=2026-02-01", null),
            ("GET", $"/api/v1/work-items/{item}/progress", null),
            ("POST", $"/api/v1/work-items/{item}/progress", """{"percentComplete":10}"""),
        ];
        var before = await StateAsync();

        foreach (var (method, path, body) in routes)
        {
            var read = method == "GET";
            (await SendAsync(stakeholder, method, path, body)).Should().Be(read ? HttpStatusCode.OK : HttpStatusCode.Forbidden, $"stakeholder {method} {path}");
            (await SendAsync(outsider, method, path, body)).Should().Be(HttpStatusCode.NotFound, $"non-member lead {method} {path}");
            (await SendAsync(anonymous, method, path, body)).Should().Be(HttpStatusCode.Unauthorized, $"anonymous {method} {path}");
        }

        (await StateAsync()).Should().Be(before);

        static async Task<HttpStatusCode> SendAsync(HttpClient client, string method, string path, string? body)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (body is not null)
            {
                request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            }

            return (await client.SendAsync(request)).StatusCode;
        }

        async Task<string> StateAsync() => string.Join("\n",
            await work.Client.GetStringAsync($"{p}/budget-lines"), await work.Client.GetStringAsync($"{p}/expenses"),
            await work.Client.GetStringAsync($"{p}/budget-summary"), await work.Client.GetStringAsync($"/api/v1/work-items/{item}/progress"));
    }
}
