using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TpmHub.Core.People;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.Web.Data;
using static TpmHub.IntegrationTests.Budget.BudgetApi;
using static TpmHub.IntegrationTests.People.PeopleApi;

namespace TpmHub.IntegrationTests.People;

/// <summary>People (issue 13): round trips, rate history, filters, bad input and who may do what, through the real API.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class PersonApiTests(TpmHubApp app)
{
    [Fact]
    public async Task Person_CreateGetPutDelete_RoundTripsSkillsTimeOffAndRate()
    {
        var (_, lead) = await app.SignedInAsync(ProjectRole.TeamLead);
        var team = NewTeam();
        var response = await lead.PostAsJsonAsync("/api/v1/people", Body(" Ana Silva ", team, 110.5m, "EUR", email: "ana@example.com", costRateFrom: "2026-01-01",
            skills: [new { name = "Kubernetes", level = 4 }, new { name = "AWS", level = 5 }],
            timeOff: [new { from = "2026-08-03", to = "2026-08-14", kind = "vacation" }]));

        var created = await CreatedAsync(response);
        var id = created["id"]!.GetValue<string>();
        response.Headers.Location!.ToString().Should().Be($"/api/v1/people/{id}");
        created["name"]!.GetValue<string>().Should().Be("Ana Silva");
        created["restricted"]!.GetValue<bool>().Should().BeFalse();
        created["costRate"]!.GetValue<decimal>().Should().Be(110.5m);
        created["costCurrency"]!.GetValue<string>().Should().Be("EUR");
        created["rates"]!.AsArray().Select(r => $"{r!["ratePerHour"]!.GetValue<decimal>():0.##} {r["currency"]} {r["from"]}").Should().Equal("110.5 EUR 2026-01-01");
        created["skills"]!.AsArray().Select(s => $"{s!["name"]} {s["level"]}").Should().Equal("AWS 5", "Kubernetes 4");
        created["timeOff"]!.AsArray().Select(t => $"{t!["from"]} {t["to"]} {t["kind"]}").Should().Equal("2026-08-03 2026-08-14 vacation");
        (await OkAsync(await lead.GetAsync($"/api/v1/people/{id}"))).ToJsonString().Should().Be(created.ToJsonString());

        var put = await OkAsync(await lead.PutAsJsonAsync($"/api/v1/people/{id}", Body("Ana Silva", team, 110.5m, "EUR",
            skills: [new { name = "Kubernetes", level = 5 }], version: created["version"]!.GetValue<uint>())));
        put["skills"]!.AsArray().Select(s => $"{s!["name"]} {s["level"]}").Should().Equal("Kubernetes 5");
        put["timeOff"]!.AsArray().Should().HaveCount(1, "time off left out of a PUT is kept");
        put["rates"]!.AsArray().Should().HaveCount(1, "the same rate adds no history");
        put["version"]!.GetValue<uint>().Should().NotBe(created["version"]!.GetValue<uint>());

        var stale = await lead.PutAsJsonAsync($"/api/v1/people/{id}", Body("Someone else", team, version: created["version"]!.GetValue<uint>()));
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<JsonObject>())!["current"]!["name"]!.GetValue<string>().Should().Be("Ana Silva");

        (await lead.DeleteAsync($"/api/v1/people/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await lead.GetAsync($"/api/v1/people/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Put_WithANewRate_AddsARateFromTheGivenDate_AndKeepsTheHistory()
    {
        var (_, lead) = await app.SignedInAsync(ProjectRole.TeamLead);
        var team = NewTeam();
        var created = await CreatedAsync(await lead.PostAsJsonAsync("/api/v1/people", Body("Rate Person", team, 100m, costRateFrom: "2026-01-01")));
        var id = created["id"]!.GetValue<string>();

        var raised = await OkAsync(await lead.PutAsJsonAsync($"/api/v1/people/{id}",
            Body("Rate Person", team, 120m, costRateFrom: "2026-07-01", version: created["version"]!.GetValue<uint>())));
        raised["rates"]!.AsArray().Select(r => $"{r!["ratePerHour"]!.GetValue<decimal>():0.##} {r["from"]}").Should().Equal("100 2026-01-01", "120 2026-07-01");
        raised["costRate"]!.GetValue<decimal>().Should().Be(Today() >= new DateOnly(2026, 7, 1) ? 120m : 100m);

        // Without a date the change applies from today; a date before the latest rate is refused and changes nothing.
        var back = await lead.PutAsJsonAsync($"/api/v1/people/{id}", Body("Rate Person", team, 130m, costRateFrom: "2026-03-01",
            version: raised["version"]!.GetValue<uint>()));
        (await FieldErrorsAsync(back)).Should().ContainKey("costRateFrom");
        var today = await OkAsync(await lead.PutAsJsonAsync($"/api/v1/people/{id}", Body("Rate Person", team, 130m, "USD",
            version: raised["version"]!.GetValue<uint>())));
        today["rates"]!.AsArray().Select(r => $"{r!["ratePerHour"]!.GetValue<decimal>():0.##} {r["from"]}").Should().Equal("100 2026-01-01", "120 2026-07-01", $"130 {Iso(Today())}");
        today["costRate"]!.GetValue<decimal>().Should().Be(130m);
    }

    [Fact]
    public async Task List_FiltersByTeamSkillLevelAndSearch()
    {
        var (_, lead) = await app.SignedInAsync(ProjectRole.TeamLead);
        var team = NewTeam();
        await PersonAsync(lead, "Kai Novak", team, skills: [new { name = "Kubernetes", level = 4 }]);
        await PersonAsync(lead, "Lena Ortiz", team, skills: [new { name = "kubernetes", level = 2 }, new { name = "Terraform", level = 5 }]);
        await PersonAsync(lead, "Mo Reyes", team, skills: [new { name = "Terraform", level = 3 }]);
        string Q(string query) => $"/api/v1/people?team={Uri.EscapeDataString(team)}{query}";
        async Task<string[]> NamesAsync(string query) =>
            (await lead.GetFromJsonAsync<JsonObject>(Q(query)))!["items"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToArray();

        (await NamesAsync("")).Should().Equal("Kai Novak", "Lena Ortiz", "Mo Reyes");
        (await NamesAsync("&skill=KUBERNETES")).Should().Equal("Kai Novak", "Lena Ortiz");
        (await NamesAsync("&skill=Kubernetes&minLevel=3")).Should().Equal("Kai Novak");
        (await NamesAsync("&minLevel=5")).Should().Equal("Lena Ortiz");
        (await NamesAsync("&search=rey")).Should().Equal("Mo Reyes");
        (await lead.GetFromJsonAsync<JsonObject>(Q("&pageSize=2")))!["total"]!.GetValue<int>().Should().Be(3);
        (await FieldErrorsAsync(await lead.GetAsync(Q("&minLevel=6")))).Should().ContainKey("minLevel");
    }

    [Fact]
    public async Task Create_BadInput_NamesEachFieldAndSavesNothing()
    {
        var (_, lead) = await app.SignedInAsync(ProjectRole.TeamLead);
        var team = NewTeam();
        var errors = await FieldErrorsAsync(await lead.PostAsJsonAsync("/api/v1/people", new
        {
            name = "Bad\0Name", email = "nope", title = new string('t', 121), team, location = "", weeklyCapacityHours = 169m, costRate = 0m, costCurrency = "usd",
            costRateFrom = "2101-01-01",
            skills = new object[] { new { name = "AWS", level = 0 }, new { name = "aws", level = 3 } },
            timeOff = new object[] { new { from = "2026-08-10", to = "2026-08-01", kind = "vacation" }, new { from = "2026-08-10", to = "2026-08-11", kind = "party" } },
        }));

        errors.Keys.Should().BeEquivalentTo("name", "email", "title", "weeklyCapacityHours", "costRate", "costCurrency", "costRateFrom", "skills[0].level",
            "skills[1].name", "timeOff[0].to", "timeOff[1].kind");
        (await lead.GetFromJsonAsync<JsonObject>($"/api/v1/people?team={Uri.EscapeDataString(team)}"))!["total"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task UserLink_MustBeAUser_AndAtMostOnePerson()
    {
        var (_, lead) = await app.SignedInAsync(ProjectRole.TeamLead);
        var user = await app.CreateUserAsync(ProjectRole.TeamLead);
        var team = NewTeam();
        (await FieldErrorsAsync(await lead.PostAsJsonAsync("/api/v1/people", Body("Ghost", team, userId: "no-such-user")))).Should().ContainKey("userId");
        var linked = await CreatedAsync(await lead.PostAsJsonAsync("/api/v1/people", Body("Linked", team, userId: user.Id)));
        linked["userId"]!.GetValue<string>().Should().Be(user.Id);
        linked["userName"]!.GetValue<string>().Should().Be("Test TeamLead");

        var twice = await FieldErrorsAsync(await lead.PostAsJsonAsync("/api/v1/people", Body("Twin", team, userId: user.Id)));
        twice["userId"][0].Should().Contain("Linked");
        // Saving the same person with their own user is fine.
        await OkAsync(await lead.PutAsJsonAsync($"/api/v1/people/{linked["id"]}", Body("Linked", team, userId: user.Id, version: linked["version"]!.GetValue<uint>())));
    }

    [Fact]
    public async Task Delete_WhileTimeIsBooked_IsRefusedWith409()
    {
        var work = await NewProjectAsync(app);
        var person = await PersonAsync(work.Client, "Booked Person", NewTeam());
        var id = Guid.Parse(person["id"]!.GetValue<string>());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>().CreateDbContextAsync();
            var projectId = await db.Projects.Where(p => p.Key == work.ProjectKey).Select(p => p.Id).SingleAsync();
            db.TimeEntries.Add(new TimeEntry
            {
                Id = Guid.CreateVersion7(), ProjectId = projectId, PersonId = id, Date = new DateOnly(2026, 2, 2), Hours = 8m, Note = "Build",
                CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var refused = await work.Client.DeleteAsync($"/api/v1/people/{id}");

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>().Should().Contain("1 time entry");
        (await work.Client.GetAsync($"/api/v1/people/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Roles_AdminAndLeadWrite_StakeholderReadsNamesOnly_AnonymousIs401()
    {
        var (_, admin) = await app.SignedInAsync(ProjectRole.Admin);
        var (_, stakeholder) = await app.SignedInAsync(ProjectRole.Stakeholder);
        var team = NewTeam();
        var person = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/people", Body("Priv Person", team, email: "priv@example.com",
            timeOff: [new { from = "2026-08-03", to = "2026-08-04", kind = "sick" }])));
        var id = person["id"]!.GetValue<string>();

        var seen = await OkAsync(await stakeholder.GetAsync($"/api/v1/people/{id}"));
        seen["name"]!.GetValue<string>().Should().Be("Priv Person");
        seen["title"]!.GetValue<string>().Should().Be("Cloud engineer");
        seen["team"]!.GetValue<string>().Should().Be(team);
        seen["restricted"]!.GetValue<bool>().Should().BeTrue();
        foreach (var hidden in new[] { "email", "userId", "location", "weeklyCapacityHours", "costRate", "costCurrency", "rates", "skills", "timeOff" })
        {
            seen[hidden].Should().BeNull(hidden);
        }

        var listed = (await stakeholder.GetFromJsonAsync<JsonObject>($"/api/v1/people?team={Uri.EscapeDataString(team)}"))!["items"]!.AsArray().Single()!;
        listed["costRate"].Should().BeNull();
        (await stakeholder.GetAsync($"/api/v1/people?skill=AWS")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await stakeholder.GetFromJsonAsync<JsonObject>("/api/v1/people?search=priv%40example"))!["total"]!.GetValue<int>().Should().Be(0, "stakeholders cannot search by email");

        (await stakeholder.PostAsJsonAsync("/api/v1/people", Body("X", team))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await stakeholder.PutAsJsonAsync($"/api/v1/people/{id}", Body("X", team, version: person["version"]!.GetValue<uint>()))).StatusCode
            .Should().Be(HttpStatusCode.Forbidden);
        (await stakeholder.DeleteAsync($"/api/v1/people/{id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var anonymous = app.CreateClient();
        (await anonymous.GetAsync("/api/v1/people")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/v1/people/{id}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/api/v1/people", Body("X", team))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        (await admin.DeleteAsync($"/api/v1/people/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Changes_AreAuditedWithoutAProject()
    {
        var (_, lead) = await app.SignedInAsync(ProjectRole.TeamLead);
        var person = await PersonAsync(lead, "Audited Person", NewTeam());
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>().CreateDbContextAsync();

        var entry = await db.AuditEntries.Where(a => a.EntityType == nameof(Person) && a.EntityId == "Audited Person").SingleAsync();

        entry.ProjectId.Should().BeNull();
        entry.Action.Should().Be("Insert");
        entry.UserName.Should().StartWith("teamlead-");
        person["id"].Should().NotBeNull();
    }
}
