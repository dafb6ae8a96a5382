using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TpmHub.IntegrationTests.Infrastructure;
using static TpmHub.IntegrationTests.Budget.BudgetApi;

namespace TpmHub.IntegrationTests.People;

/// <summary>Small builders for the people and credential tests: each test makes its own people, in a team of its own.</summary>
public static class PeopleApi
{
    public static string NewTeam() => "Team " + TpmHubApp.NewKey();

    public static object Body(string name, string team, decimal rate = 95m, string currency = "USD", object[]? skills = null, object[]? timeOff = null,
        string? userId = null, string? email = null, string? costRateFrom = null, uint? version = null) => new
    {
        name, email, userId, title = "Cloud engineer", team, location = "Austin, TX", weeklyCapacityHours = 40m, costRate = rate, costCurrency = currency,
        costRateFrom, skills = skills ?? [new { name = "AWS", level = 4 }], timeOff, version,
    };

    public static async Task<JsonObject> PersonAsync(HttpClient client, string name, string team, decimal rate = 95m, object[]? skills = null) =>
        await CreatedAsync(await client.PostAsJsonAsync("/api/v1/people", Body(name, team, rate, skills: skills)));

    public static async Task<JsonObject> CredentialAsync(HttpClient client, string personId, string certification, string earnedOn, string? expiresOn = null,
        string? credentialId = null) =>
        await CreatedAsync(await client.PostAsJsonAsync($"/api/v1/people/{personId}/credentials",
            new { certification, credentialId = credentialId ?? Guid.NewGuid().ToString("N")[..10], earnedOn, expiresOn }));

    public static async Task<Dictionary<string, string[]>> FieldErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        return errors.ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(m => m!.GetValue<string>()).ToArray());
    }
}
