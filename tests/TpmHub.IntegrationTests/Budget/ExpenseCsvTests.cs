using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;
using Xunit.Abstractions;

namespace TpmHub.IntegrationTests.Budget;

[Collection(TpmHubAppCollection.Name)]
public sealed class ExpenseCsvTests(TpmHubApp app, ITestOutputHelper output)
{
    private const string Header = "date,amount,category,kind,vendor,reference,workItem,note";

    [Fact]
    public async Task ExportThenImport_RoundTrip_AddsTheSameExpensesAgain()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var item = await work.AddItemAsync("Migration", 5);
        await ExpenseAsync(work, new { date = "2026-02-03", amount = 1200.50m, category = "cloudInfrastructure", vendor = "AWS", reference = "INV-1", workItem = item, note = "Compute, \"reserved\"\nsecond line" });
        await ExpenseAsync(work, new { date = "2026-02-10", amount = 99m, category = "licences", kind = "refund", vendor = "=Acme", reference = "-CR-7", note = "" });
        var first = await ExportAsync(work);

        var import = await ImportAsync(work, first);

        import.StatusCode.Should().Be(HttpStatusCode.Created, await import.Content.ReadAsStringAsync());
        var summary = await import.Content.ReadFromJsonAsync<JsonObject>();
        summary!["count"]!.GetValue<int>().Should().Be(2);
        summary["netAmount"]!.GetValue<decimal>().Should().Be(1101.50m);
        var again = await ExportAsync(work);
        var firstRows = Rows(first);
        Rows(again).Should().BeEquivalentTo(firstRows.Concat(firstRows), "every exported row comes back exactly, work item and escaped cells included");
        (await ListAsync(work))["total"]!.GetValue<int>().Should().Be(4);
    }

    [Fact]
    public async Task Import_RecordsEachRowInTheHistory_AsASingleCreateDoes()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var item = await work.AddItemAsync("Migration", 5);
        await ExpenseAsync(work, new { date = "2026-02-03", amount = 1200.50m, category = "cloudInfrastructure", vendor = "AWS", reference = "INV-1", workItem = item, note = "n" });
        var longReference = new string('R', 100);
        await ExpenseAsync(work, new { date = "2026-02-05", amount = 2m, category = "labour", reference = longReference });

        var import = await ImportAsync(work, $"{Header}\n2026-02-03,1200.50,cloudInfrastructure,expense,AWS,INV-2,{item},n\n2026-02-04,1,labour,,,{longReference},,\n");

        import.StatusCode.Should().Be(HttpStatusCode.Created, await import.Content.ReadAsStringAsync());
        var history = (await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/projects/{work.ProjectKey}/history"))!
            .Where(h => h!["entityType"]!.GetValue<string>() == "Expense").ToList();
        history.Should().HaveCount(4).And.OnlyContain(h => h!["action"]!.GetValue<string>() == "Insert" && h["userName"]!.GetValue<string>() == work.Lead.Email);
        var imported = Fields(history.Single(h => h!["entityId"]!.GetValue<string>() == "expense 2026-02-03 INV-2")!).ToList();
        var created = Fields(history.Single(h => h!["entityId"]!.GetValue<string>() == "expense 2026-02-03 INV-1")!).ToList();
        imported.Select(f => f.Key).Should().Equal(created.Select(f => f.Key), "an imported expense is recorded field by field as a single create records it");
        imported.Where(f => f.Key is not ("id" or "reference")).Should().Equal(created.Where(f => f.Key is not ("id" or "reference")));
        history.Count(h => h!["entityId"]!.GetValue<string>().Length == 64).Should().Be(2, "a long reference is cut to the 64 characters the history keeps");
    }

    private static IEnumerable<KeyValuePair<string, string?>> Fields(JsonNode entry) =>
        entry["changes"]!.AsArray().Select(c => new KeyValuePair<string, string?>(c!["field"]!.GetValue<string>(), c["new"]?.GetValue<string>()));

    [Fact]
    public async Task Import_DryRun_PreviewsRowsAndSavesNothing()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var csv = $"{Header}\n2026-03-01,10.00,labour,,Contractor,PO-1,,\n2026-03-02,5.25,training,expense,,,,course\n";

        var response = await ImportAsync(work, csv, dryRun: true);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var preview = await response.Content.ReadFromJsonAsync<JsonObject>();
        preview!["count"]!.GetValue<int>().Should().Be(2);
        preview["netAmount"]!.GetValue<decimal>().Should().Be(15.25m);
        var items = preview["items"]!.AsArray();
        items.Should().HaveCount(2);
        items[0]!["row"]!.GetValue<int>().Should().Be(2);
        items[0]!["category"]!.GetValue<string>().Should().Be("labour");
        items[0]!["kind"]!.GetValue<string>().Should().Be("expense");
        items[0]!["vendor"]!.GetValue<string>().Should().Be("Contractor");
        items[1]!["date"]!.GetValue<string>().Should().Be("2026-03-02");
        (await ListAsync(work))["total"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Import_OneBadRowAmongGood_Returns400NamingRowAndColumnAndSavesNothing()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var csv = $"{Header}\n2026-03-01,10.00,labour,,,,,\n2026-03-02,ten,labour,,,,,\n2026-03-03,7,hardware,,,,,\n2026-13-01,-5,weather,gift,,,,\n";

        var response = await ImportAsync(work, csv);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        problem!["errors"]!.AsObject().Select(e => e.Key).Should().BeEquivalentTo("row 3: amount", "row 5: date", "row 5: amount", "row 5: category", "row 5: kind");
        var rows = problem["rows"]!.AsArray().Select(r => (r!["row"]!.GetValue<int>(), r["column"]!.GetValue<string>())).ToList();
        rows.Should().Equal((3, "amount"), (5, "date"), (5, "amount"), (5, "category"), (5, "kind"));
        problem["rows"]![0]!["message"]!.GetValue<string>().Should().Contain("'ten'");
        (await ListAsync(work))["total"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Import_Refunds_SubtractFromTheNetAmount()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var csv = "Date,AMOUNT,Category,Kind\n2026-04-01,100,vendorsServices,expense\n2026-04-02,30.50,vendorsServices,refund\n2026-04-03,1,contingency,\n";

        var response = await ImportAsync(work, csv);

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["netAmount"]!.GetValue<decimal>().Should().Be(70.50m);
        (await ListAsync(work))["netAmount"]!.GetValue<decimal>().Should().Be(70.50m);
    }

    [Fact]
    public async Task Import_WorkItemOfAnotherProject_IsRefusedAndNothingSaved()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var mine = await work.AddItemAsync("Mine", 2);
        var other = await WorkApi.NewProjectAsync(app);
        var theirs = await other.AddItemAsync("Theirs", 2);
        var csv = $"{Header}\n2026-03-01,10,labour,,,,{mine},\n2026-03-01,10,labour,,,,{theirs},\n";

        var response = await ImportAsync(work, csv);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        problem!["errors"]!.AsObject().Select(e => e.Key).Should().Equal("row 3: workItem");
        problem["errors"]!["row 3: workItem"]![0]!.GetValue<string>().Should().Contain(theirs);
        (await ListAsync(work))["total"]!.GetValue<int>().Should().Be(0);
    }

    [Theory]
    [InlineData("date,amount,category\n2026-03-01,\"10,labour\n", "row 2")]
    [InlineData("date,amount,category\n2026-03-01,10,labour,extra\n", "row 2")]
    [InlineData("date,category\n2026-03-01,labour\n", "row 1: amount")]
    [InlineData("date,amount,category,colour\n2026-03-01,10,labour,red\n", "row 1: colour")]
    [InlineData("date,amount,category\n", "row 2")]
    [InlineData("", "row 1")]
    public async Task Import_MalformedCsv_Returns400NamingRowAndColumn(string csv, string key)
    {
        var work = await WorkApi.NewProjectAsync(app);

        var response = await ImportAsync(work, csv);

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
        JsonNode.Parse(text)!["errors"]!.AsObject().Select(e => e.Key).Should().Contain(key, text);
        (await ListAsync(work))["total"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Export_NeutralisesFormulaCells_AndNamesTheFileAfterProjectAndDay()
    {
        var work = await WorkApi.NewProjectAsync(app);
        await ExpenseAsync(work, new { date = "2026-02-03", amount = 10m, category = "hardware", vendor = "=HYPERLINK(\"http://evil.example\")", note = "@SUM(A1)" });

        var response = await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/expenses/export.csv?category=hardware");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').Should().MatchRegex($"^{work.ProjectKey}-expenses-\\d{{4}}-\\d{{2}}-\\d{{2}}\\.csv$");
        var text = await response.Content.ReadAsStringAsync();
        text.TrimStart('\uFEFF').Should().StartWith(Header);
        text.Should().Contain("'=HYPERLINK").And.NotContain(",=HYPERLINK").And.NotContain(",\"=HYPERLINK").And.Contain("'@SUM(A1)");
    }

    [Fact]
    public async Task Export_Filters_AsTheListDoes()
    {
        var work = await WorkApi.NewProjectAsync(app);
        await ExpenseAsync(work, new { date = "2026-02-03", amount = 10m, category = "hardware" });
        await ExpenseAsync(work, new { date = "2026-05-03", amount = 20m, category = "hardware", kind = "refund" });
        await ExpenseAsync(work, new { date = "2026-05-04", amount = 30m, category = "labour" });

        var refunds = Rows(await ExportAsync(work, "?kind=refund"));
        var fromMay = Rows(await ExportAsync(work, "?from=2026-05-01&category=labour"));
        var bad = await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/expenses/export.csv?category=weather");

        refunds.Should().Equal("2026-05-03,20.00,hardware,refund,,,,");
        fromMay.Should().Equal("2026-05-04,30.00,labour,expense,,,,");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Import_AsStakeholder_Is403_ButExportIsAllowed_AndOutsiderGets404()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var stakeholder = await work.MemberClientAsync(ProjectRole.Stakeholder);
        var (_, outsider) = await app.SignedInAsync(ProjectRole.TeamLead);
        var csv = $"{Header}\n2026-03-01,10,labour,,,,,\n";

        var import = await stakeholder.PostAsync($"/api/v1/projects/{work.ProjectKey}/expenses/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var export = await stakeholder.GetAsync($"/api/v1/projects/{work.ProjectKey}/expenses/export.csv");
        var outside = await outsider.PostAsync($"/api/v1/projects/{work.ProjectKey}/expenses/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

        import.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        export.StatusCode.Should().Be(HttpStatusCode.OK);
        outside.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ListAsync(work))["total"]!.GetValue<int>().Should().Be(0);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json")]
    public async Task Import_NotCsv_Returns415NamingTextCsv(string contentType)
    {
        var work = await WorkApi.NewProjectAsync(app);

        var response = await work.Client.PostAsync($"/api/v1/projects/{work.ProjectKey}/expenses/import",
            new StringContent($"{Header}\n2026-03-01,10,labour,,,,,\n", Encoding.UTF8, contentType));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>().Should().Contain("text/csv");
        (await ListAsync(work))["total"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Import_BodyOver10MB_Returns413()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var csv = Header + "\n" + string.Concat(Enumerable.Repeat("2026-03-01,10,labour,,,,,\n", 11 * 1024 * 1024 / 25));

        var response = await ImportAsync(work, csv);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>().Should().Contain("10 MB");
    }

    [Fact]
    public async Task Import_MoreThan50000Rows_Returns400()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var csv = "date,amount,category\n" + string.Concat(Enumerable.Repeat("2026-03-01,1,labour\n", 50_001));

        var response = await ImportAsync(work, csv);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).Should().Equal("row 50002");
        (await ListAsync(work))["total"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Import_TenThousandRows_SavesAllInOneGo()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var item = await work.AddItemAsync("Run", 5);
        var csv = TenThousandRows(item);
        (await ImportAsync(work, "date,amount,category\n2026-01-01,1,labour\n")).StatusCode.Should().Be(HttpStatusCode.Created, "a warm-up import");

        var clock = Stopwatch.StartNew();
        var response = await ImportAsync(work, csv);
        clock.Stop();

        output.WriteLine($"Imported 10,000 rows in {clock.ElapsedMilliseconds} ms");
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["count"]!.GetValue<int>().Should().Be(10_000);
        (await ListAsync(work))["total"]!.GetValue<int>().Should().Be(10_001);
        // The 5 s target is measured on a quiet machine (docs/benchmarks.md); this bound only catches a row-by-row regression
        // without failing when the machine is shared.
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }

    /// <summary>10,000 rows of every category and both kinds, one in five against a work item, with vendor, reference and note.</summary>
    public static string TenThousandRows(string workItem)
    {
        var categories = new[] { "labour", "cloudInfrastructure", "licences", "hardware", "vendorsServices", "training", "contingency" };
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 10_000; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"2026-{1 + (i % 10):00}-{1 + (i % 28):00},{10 + (i % 997)}.{i % 100:00},{categories[i % 7]},")
                .Append(i % 13 == 0 ? "refund" : "expense")
                .Append(CultureInfo.InvariantCulture, $",Vendor {i % 50},INV-{i},{(i % 5 == 0 ? workItem : "")},note {i}\n");
        }

        return csv.ToString();
    }

    /// <summary>The data records of a CSV text (a quoted cell may hold a line break), without the header.</summary>
    private static List<string> Rows(string csv)
    {
        var records = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in csv.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == '\n' && !quoted)
            {
                records.Add(current.ToString());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            records.Add(current.ToString());
        }

        records[0].Should().Be(Header);
        return records.Skip(1).ToList();
    }

    private static async Task ExpenseAsync(WorkApi work, object body)
    {
        var response = await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/expenses", body);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> ExportAsync(WorkApi work, string query = "")
    {
        var response = await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/expenses/export.csv{query}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<HttpResponseMessage> ImportAsync(WorkApi work, string csv, bool dryRun = false) =>
        work.Client.PostAsync($"/api/v1/projects/{work.ProjectKey}/expenses/import{(dryRun ? "?dryRun=true" : "")}",
            new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static async Task<JsonObject> ListAsync(WorkApi work) =>
        (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/expenses?pageSize=200"))!;
}
