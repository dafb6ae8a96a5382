using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;

namespace TpmHub.IntegrationTests.Budget;

/// <summary>Small builders for budget and earned-value tests: projects starting on a chosen Monday, lines, expenses and progress through the real API.</summary>
public static class BudgetApi
{
    /// <summary>Today as the app sees it (it reads the local date from the system clock).</summary>
    public static DateOnly Today() => DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);

    /// <summary>The Monday <paramref name="weeks"/> weeks before this week's Monday.</summary>
    public static DateOnly MondayWeeksAgo(int weeks)
    {
        var today = Today();
        return today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - (7 * weeks));
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A lead and a new project starting on <paramref name="start"/> (default 2026-01-05).</summary>
    public static async Task<WorkApi> NewProjectAsync(TpmHubApp app, DateOnly? start = null)
    {
        var (lead, client) = await app.SignedInAsync(ProjectRole.TeamLead);
        var key = TpmHubApp.NewKey();
        var from = start ?? new DateOnly(2026, 1, 5);
        var response = await client.PostAsJsonAsync("/api/v1/projects",
            TpmHubApp.ProjectBody(key, lead.Id, startDate: Iso(from), targetDate: Iso(from.AddDays(400))));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return new WorkApi(app, client, lead, key);
    }

    public static async Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string path, string body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return await client.SendAsync(request);
    }

    public static async Task<JsonObject> CreatedAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<JsonObject> OkAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<JsonObject> LineAsync(WorkApi work, string category, string month, decimal amount, string spendType = "opEx") =>
        await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/budget-lines",
            new { category, spendType, month, amount, note = "" }));

    public static async Task<JsonObject> ExpenseAsync(WorkApi work, DateOnly date, decimal amount, string category = "labour", string kind = "expense",
        string? workItem = null) =>
        await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/expenses",
            new { date = Iso(date), amount, category, kind, vendor = "Acme", reference = "INV-1", workItem }));

    public static async Task ProgressAsync(WorkApi work, string itemKey, int percentComplete, DateOnly asOf) =>
        await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/work-items/{itemKey}/progress", new { percentComplete, asOf = Iso(asOf) }));

    /// <summary>The field errors of a problem-details 400.</summary>
    public static async Task<Dictionary<string, JsonNode?>> ErrorsAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", text);
        return JsonNode.Parse(text)!["errors"]!.AsObject().ToDictionary(e => e.Key, e => e.Value);
    }

    public static decimal Money(JsonNode? node) => node!.GetValue<decimal>();

    public static decimal? Maybe(JsonNode? node) => node?.GetValue<decimal>();
}
