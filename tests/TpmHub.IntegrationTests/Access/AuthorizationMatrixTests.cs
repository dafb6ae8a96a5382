using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;
using TpmHub.Web.Features.Access;
using Xunit.Abstractions;
using static TpmHub.IntegrationTests.Budget.BudgetApi;

namespace TpmHub.IntegrationTests.Access;

/// <summary>
/// The authorization matrix (issue 11): every gated API route and every project page, asked by anonymous, a share-link
/// holder (its token as the only credential), a stakeholder of this project, a stakeholder of another, a lead of another
/// project, a lead of this project and an admin, each with the answer it must get: 401 without an account, 404 for what
/// the caller may not see, 403 for what it sees but may not do, and through the gate for the rest. The routes are read
/// from the app, so a new one is in the matrix the day it is mapped (and fails here until the scene can fill its parameters).
/// </summary>
[Collection(TpmHubCatalogueCollection.Name)]
public sealed partial class AuthorizationMatrixTests(TpmHubApp app, ITestOutputHelper output)
{
    private static readonly HashSet<HttpStatusCode> Refusals = [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound];

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex Parameter();

    private sealed record Route(string Method, string Template, AccessNeed Need, bool Destructive, string ContentType = "application/json");

    private sealed record Callers(HttpClient Anonymous, HttpClient ShareHolder, HttpClient StakeholderHere, HttpClient StakeholderElsewhere,
        HttpClient LeadElsewhere, HttpClient Lead, HttpClient Admin);

    [Fact]
    public async Task EveryGatedApiRoute_AnswersEachKindOfCallerAsTheMatrixSays()
    {
        var routes = GatedRoutes();
        routes.Should().HaveCountGreaterThan(40);
        var (lead, leadClient) = await app.SignedInAsync(ProjectRole.TeamLead);
        var (admin, adminClient) = await app.SignedInAsync(ProjectRole.Admin);
        var (stakeholder, stakeholderClient) = await app.SignedInAsync(ProjectRole.Stakeholder);
        var (otherStakeholder, otherStakeholderClient) = await app.SignedInAsync(ProjectRole.Stakeholder);
        var (_, otherLeadClient) = await app.SignedInAsync(ProjectRole.TeamLead);
        var elsewhere = await SceneAsync(app, otherLeadClient, adminClient, otherStakeholder.Id);
        elsewhere.Should().NotBeNull();
        var here = await SceneAsync(app, leadClient, adminClient, stakeholder.Id);
        var forAdmin = await SceneAsync(app, leadClient, adminClient, stakeholder.Id);
        var share = app.CreateClient();
        share.DefaultRequestHeaders.Authorization = new("Bearer", here["token"]);
        var callers = new Callers(app.CreateClient(), share, stakeholderClient, otherStakeholderClient, otherLeadClient, leadClient, adminClient);
        var failures = new List<string>();

        // Everyone but the lead and the admin is refused at the gate, so their requests change nothing and share one scene.
        foreach (var route in routes)
        {
            var path = Fill(route.Template, here);
            await ExpectAsync(failures, "anonymous", callers.Anonymous, route, path, code => code == HttpStatusCode.Unauthorized);
            await ExpectAsync(failures, "share-link holder", callers.ShareHolder, route, path, code => code == HttpStatusCode.Unauthorized);
            await ExpectAsync(failures, "stakeholder of another project", callers.StakeholderElsewhere, route, path, code => code == HttpStatusCode.NotFound);
            await ExpectAsync(failures, "lead of another project", callers.LeadElsewhere, route, path, code => code == HttpStatusCode.NotFound);
            var readOnly = route.Need == AccessNeed.Read;
            await ExpectAsync(failures, "stakeholder of this project", callers.StakeholderHere, route, path,
                code => readOnly ? (int)code is >= 200 and < 300 : code == HttpStatusCode.Forbidden);
        }

        // The lead and the admin pass the gate: reads answer 2xx, writes get past it (a 400 for the empty body, a 409, a 2xx),
        // except what only admins may do. Destructive routes run last, each caller on a scene of its own.
        foreach (var (client, who, scene) in new[] { (callers.Lead, "lead of this project", here), (callers.Admin, "admin", forAdmin) })
        {
            foreach (var route in routes.OrderBy(r => r.Destructive).ThenBy(r => DestroyOrder(r.Template)))
            {
                var path = Fill(route.Template, scene);
                var managed = route.Need == AccessNeed.Manage && who != "admin";
                await ExpectAsync(failures, who, client, route, path, code => route.Method == "GET"
                    ? (int)code is >= 200 and < 300
                    : managed ? code == HttpStatusCode.Forbidden : !Refusals.Contains(code));
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task EveryProjectPage_AnswersEachKindOfCallerAsTheMatrixSays()
    {
        var (_, leadClient) = await app.SignedInAsync(ProjectRole.TeamLead);
        var (_, adminClient) = await app.SignedInAsync(ProjectRole.Admin);
        var (stakeholder, stakeholderClient) = await app.SignedInAsync(ProjectRole.Stakeholder);
        var (_, otherStakeholderClient) = await app.SignedInAsync(ProjectRole.Stakeholder);
        var (_, otherLeadClient) = await app.SignedInAsync(ProjectRole.TeamLead);
        var scene = await SceneAsync(app, leadClient, adminClient, stakeholder.Id);
        var share = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        share.DefaultRequestHeaders.Authorization = new("Bearer", scene["token"]);
        string[] pages = ["/projects/{key}", "/projects/{key}/dashboard", "/projects/{key}/gantt", "/work-items/{itemKey}", "/raid/{entryKey}",
            "/projects/{key}/reports/{reportId}"];
        var failures = new List<string>();

        foreach (var page in pages.Select(p => Fill(p, scene)))
        {
            var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            await PageAsync(failures, "anonymous", anonymous, page, code => code is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized);
            await PageAsync(failures, "share-link holder", share, page, code => code is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized);
            await PageAsync(failures, "stakeholder of another project", otherStakeholderClient, page, code => code == HttpStatusCode.NotFound);
            await PageAsync(failures, "lead of another project", otherLeadClient, page, code => code == HttpStatusCode.NotFound);
            foreach (var (who, client) in new[] { ("stakeholder of this project", stakeholderClient), ("lead", leadClient), ("admin", adminClient) })
            {
                await PageAsync(failures, who, client, page, code => code == HttpStatusCode.OK);
            }
        }

        // The share page answers whoever holds the token, signed in or not, and shows only its own project.
        foreach (var (who, client) in new[] { ("anonymous", app.CreateClient()), ("lead of another project", otherLeadClient), ("admin", adminClient) })
        {
            var response = await client.GetAsync($"/share/{scene["token"]}");
            var html = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK || !html.Contains(scene["name"], StringComparison.Ordinal))
            {
                failures.Add($"{who}: GET /share/… → {(int)response.StatusCode}");
            }
        }

        // A stakeholder sees no edit control on the project page or its dashboard (the read-only chip instead).
        var projectPage = await stakeholderClient.GetStringAsync(Fill("/projects/{key}", scene));
        projectPage.Should().Contain("Read-only").And.NotContain(">Edit<").And.NotContain("Override…");
        failures.Should().BeEmpty();
    }

    /// <summary>
    /// People, certifications and credentials belong to no project, so they are not behind the gate (and not in the matrix
    /// above): anonymous and share-link holders get 401; a stakeholder reads people (names, titles and teams) and the
    /// catalogue and is refused (403) everything else; leads and admins get through, except adding to the catalogue, which
    /// only admins do. The routes are read from the app, so a new one is held to the rule the day it is mapped.
    /// </summary>
    [Fact]
    public async Task EveryPortfolioWidePeopleRoute_AnswersEachRoleAsTheAccessRuleSays()
    {
        _ = app.CreateClient();
        string[] prefixes = ["/api/v1/people", "/api/v1/certifications", "/api/v1/credentials"];
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => prefixes.Any(p => e.RoutePattern.RawText!.StartsWith(p, StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Where(m => m != "HEAD").Select(m => new Route(m, e.RoutePattern.RawText!,
                m == "GET" ? AccessNeed.Read : AccessNeed.Write, m == "DELETE")))
            .OrderBy(r => r.Destructive).ThenBy(r => r.Template.Contains("/units/", StringComparison.Ordinal) ? 0 : 1).ThenBy(r => r.Template, StringComparer.Ordinal)
            .ThenBy(r => r.Method, StringComparer.Ordinal).ToList();
        routes.Should().HaveCountGreaterThanOrEqualTo(13);
        var (_, lead) = await app.SignedInAsync(ProjectRole.TeamLead);
        var (_, admin) = await app.SignedInAsync(ProjectRole.Admin);
        var (stakeholder, stakeholderClient) = await app.SignedInAsync(ProjectRole.Stakeholder);
        var scene = await SceneAsync(app, lead, admin, stakeholder.Id);
        var share = app.CreateClient();
        share.DefaultRequestHeaders.Authorization = new("Bearer", scene["token"]);
        var failures = new List<string>();

        static bool StakeholderReads(Route r) => r.Method == "GET" && !r.Template.Contains("credentials", StringComparison.Ordinal);

        var refusedScene = await PeopleSceneAsync(lead);
        foreach (var route in routes)
        {
            var path = Fill(route.Template, refusedScene);
            await ExpectAsync(failures, "anonymous", app.CreateClient(), route, path, code => code == HttpStatusCode.Unauthorized);
            await ExpectAsync(failures, "share-link holder", share, route, path, code => code == HttpStatusCode.Unauthorized);
            await ExpectAsync(failures, "stakeholder", stakeholderClient, route, path,
                code => StakeholderReads(route) ? (int)code is >= 200 and < 300 : code == HttpStatusCode.Forbidden);
        }

        foreach (var (client, who) in new[] { (lead, "lead"), (admin, "admin") })
        {
            var own = await PeopleSceneAsync(lead);
            foreach (var route in routes)
            {
                var adminOnly = route.Method == "POST" && route.Template.TrimEnd('/') == "/api/v1/certifications";
                await ExpectAsync(failures, who, client, route, Fill(route.Template, own), code => route.Method == "GET"
                    ? (int)code is >= 200 and < 300
                    : adminOnly && who == "lead" ? code == HttpStatusCode.Forbidden : !Refusals.Contains(code));
            }
        }

        failures.Should().BeEmpty();
    }

    /// <summary>A person with a credential that has units logged, for the portfolio-wide routes.</summary>
    private static async Task<Dictionary<string, string>> PeopleSceneAsync(HttpClient lead)
    {
        var person = await CreatedAsync(await lead.PostAsJsonAsync("/api/v1/people",
            new { name = "Matrix Person", team = "Matrix", weeklyCapacityHours = 40, costRate = 90, costCurrency = "USD" }));
        var credential = await CreatedAsync(await lead.PostAsJsonAsync($"/api/v1/people/{person["id"]}/credentials", new { certification = "PMP", earnedOn = Iso(Today()) }));
        var logged = await CreatedAsync(await lead.PostAsJsonAsync($"/api/v1/credentials/{credential["id"]}/units", new { date = Iso(Today()), hours = 2, activity = "Course" }));
        return new Dictionary<string, string>
        {
            ["people.id"] = person["id"]!.GetValue<string>(),
            ["credentials.id"] = credential["id"]!.GetValue<string>(),
            ["unitId"] = logged["units"]![0]!["id"]!.GetValue<string>(),
        };
    }

    private List<Route> GatedRoutes()
    {
        _ = app.CreateClient();
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ProjectGateMetadata>() is not null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Where(m => m != "HEAD").Select(m => new Route(m, e.RoutePattern.RawText!,
                e.Metadata.GetMetadata<ProjectGateMetadata>()!.Need ?? (m == "GET" ? AccessNeed.Read : AccessNeed.Write),
                m == "DELETE" || e.RoutePattern.RawText!.EndsWith("archive", StringComparison.Ordinal) || e.RoutePattern.RawText.EndsWith("convert-to-issue", StringComparison.Ordinal),
                e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes is { Count: > 0 } types ? types[0] : "application/json")))
            .OrderBy(r => r.Template, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Changes that need the entry come first; deletes that take others with them go last: members, work items, then the archive switch.</summary>
    private static int DestroyOrder(string template) =>
        template.EndsWith("/convert-to-issue", StringComparison.Ordinal) ? -1
        : template.Contains("/members/", StringComparison.Ordinal) ? 1
        : template.StartsWith("/api/v1/work-items/{itemKey}", StringComparison.Ordinal) ? 2
        : template.EndsWith("/archive", StringComparison.Ordinal) ? 3
        : template.EndsWith("/unarchive", StringComparison.Ordinal) ? 4
        : 0;

    private async Task ExpectAsync(List<string> failures, string who, HttpClient client, Route route, string path, Func<HttpStatusCode, bool> expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), path);
        if (route.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent(route.ContentType == "application/json" ? "{}" : "", Encoding.UTF8, route.ContentType);
        }

        var response = await client.SendAsync(request);
        output.WriteLine($"{who,-32} {route.Method,-6} {route.Template} → {(int)response.StatusCode}");
        if (!expected(response.StatusCode))
        {
            failures.Add($"{who}: {route.Method} {route.Template} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private async Task PageAsync(List<string> failures, string who, HttpClient client, string path, Func<HttpStatusCode, bool> expected)
    {
        var response = await client.GetAsync(path);
        output.WriteLine($"{who,-32} PAGE {path} → {(int)response.StatusCode}");
        if (!expected(response.StatusCode))
        {
            failures.Add($"{who}: page {path} → {(int)response.StatusCode}");
        }
    }

    private static string Fill(string template, Dictionary<string, string> scene) =>
        Parameter().Replace(template, m =>
        {
            var name = m.Groups[1].Value;
            var specific = name == "id" ? Segment(template, m.Index) + ".id" : name;
            return scene.TryGetValue(specific, out var value) || scene.TryGetValue(name, out value)
                ? value
                : throw new InvalidOperationException($"The matrix scene has no value for {{{name}}} in {template}: add one to SceneAsync.");
        });

    /// <summary>The collection a generic <c>{id}</c> belongs to (the path segment before it).</summary>
    private static string Segment(string template, int index)
    {
        var before = template[..index].TrimEnd('/');
        return before[(before.LastIndexOf('/') + 1)..];
    }

    /// <summary>A project with one of everything a route can name (a published report), its lead, its stakeholder member, and a share link.</summary>
    private static async Task<Dictionary<string, string>> SceneAsync(TpmHubApp app, HttpClient lead, HttpClient admin, string stakeholderId)
    {
        var key = TpmHubApp.NewKey();
        var me = (await lead.GetFromJsonAsync<JsonObject>("/api/v1/me"))!;
        var created = await lead.PostAsJsonAsync("/api/v1/projects", TpmHubApp.ProjectBody(key, me["id"]!.GetValue<string>(), name: $"Matrix {key}"));
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        (await admin.PostAsJsonAsync($"/api/v1/projects/{key}/members", new { userId = stakeholderId })).EnsureSuccessStatusCode();
        async Task<JsonObject> PostAsync(string path, object body) => await CreatedAsync(await lead.PostAsJsonAsync(path, body));
        var item = (await PostAsync($"/api/v1/projects/{key}/work-items", new { title = "Build", type = "task", durationDays = 5, budget = 1000 }))["key"]!.GetValue<string>();
        var next = (await PostAsync($"/api/v1/projects/{key}/work-items", new { title = "Go live", type = "milestone", durationDays = 0 }))["key"]!.GetValue<string>();
        var link = await PostAsync($"/api/v1/projects/{key}/dependencies", new { predecessor = item, successor = next, type = "FS", lagDays = 0 });
        var risk = await PostAsync($"/api/v1/projects/{key}/raid", new { kind = "risk", title = "Vendor late", probability = 3, impact = 3, category = "vendor" });
        var stakeholder = await PostAsync($"/api/v1/projects/{key}/stakeholders",
            new { name = "CFO", power = 5, interest = 4, engagement = "neutral", desiredEngagement = "supportive" });
        var baseline = await PostAsync($"/api/v1/projects/{key}/baselines", new { name = "Approved" });
        var line = await PostAsync($"/api/v1/projects/{key}/budget-lines", new { category = "labour", spendType = "opEx", month = "2026-02", amount = 500 });
        var expense = await PostAsync($"/api/v1/projects/{key}/expenses",
            new { date = "2026-02-02", amount = 100, category = "labour", kind = "expense", vendor = "Acme", reference = "INV-1" });
        var communication = await PostAsync($"/api/v1/projects/{key}/communications",
            new { audience = "Steering committee", what = "Status", channel = "Email", frequency = "weekly", nextDue = Iso(Today()) });
        var decision = await PostAsync($"/api/v1/projects/{key}/decisions", new { title = "Use Direct Connect", decision = "Order it", status = "accepted", decidedOn = "2026-01-05" });
        var report = await PostAsync($"/api/v1/projects/{key}/status-reports", new { periodStart = Iso(Today().AddDays(-6)), periodEnd = Iso(Today()) });
        (await lead.PostAsync($"/api/v1/status-reports/{report["id"]}/publish", null)).EnsureSuccessStatusCode();
        var meeting = await PostAsync($"/api/v1/projects/{key}/meetings", new
        {
            title = "Steering", type = "steeringCommittee", date = "2026-11-30", notes = "- ACTION: send the runbook by 2026-12-04\n- DECISION: go with blue-green",
        });
        var suggestion = (await lead.GetFromJsonAsync<JsonArray>($"/api/v1/meetings/{meeting["id"]}/suggestions"))!.First()!["id"]!.GetValue<string>();
        var person = await People.PeopleTestData.PersonAsync(app, "Matrix Person", (100m, "USD", new DateOnly(2026, 1, 5)));
        var timeEntry = await PostAsync($"/api/v1/projects/{key}/time-entries", new { personId = person, date = "2026-02-02", hours = 4 });
        var allocation = await PostAsync($"/api/v1/projects/{key}/allocations", new { personId = person, percent = 40, from = "2026-02-02", to = "2026-03-27" });
        var forecast = (await (await lead.PostAsJsonAsync($"/api/v1/projects/{key}/forecasts", new { iterations = 100 })).Content.ReadFromJsonAsync<JsonObject>())!;
        var share = await PostAsync($"/api/v1/projects/{key}/share-links", new { expiresOn = Iso(Today().AddDays(30)) });
        var url = share["url"]!.GetValue<string>();
        return new Dictionary<string, string>
        {
            ["key"] = key,
            ["name"] = $"Matrix {key}",
            ["itemKey"] = item,
            ["entryKey"] = risk["key"]!.GetValue<string>(),
            ["stakeholderId"] = stakeholder["id"]!.GetValue<string>(),
            ["linkId"] = share["id"]!.GetValue<string>(),
            ["token"] = url[(url.LastIndexOf('/') + 1)..],
            ["userId"] = stakeholderId,
            ["communicationId"] = communication["id"]!.GetValue<string>(),
            ["decisionId"] = decision["id"]!.GetValue<string>(),
            ["meetingId"] = meeting["id"]!.GetValue<string>(),
            ["suggestionId"] = suggestion,
            ["timeEntryId"] = timeEntry["id"]!.GetValue<string>(),
            ["allocationId"] = allocation["id"]!.GetValue<string>(),
            ["forecastId"] = forecast["id"]!.GetValue<string>(),
            ["personId"] = person.ToString(),
            ["reportId"] = report["id"]!.GetValue<string>(),
            ["dependencies.id"] = link["id"]!.GetValue<string>(),
            ["baselines.id"] = baseline["id"]!.GetValue<string>(),
            ["budget-lines.id"] = line["id"]!.GetValue<string>(),
            ["expenses.id"] = expense["id"]!.GetValue<string>(),
        };
    }
}
