using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using static TpmHub.IntegrationTests.Budget.BudgetApi;

namespace TpmHub.IntegrationTests.People;

/// <summary>Allocations and the capacity view (issue 13) through the real API.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class CapacityApiTests(TpmHubApp app)
{
    private static readonly DateOnly Monday = new(2027, 3, 1);

    [Fact]
    public async Task TwoProjectsAllocatingAPersonPast100Percent_AreFlaggedInTheirWeeks_AndMinFreeFiltersPeopleOut()
    {
        var one = await NewProjectAsync(app, new DateOnly(2026, 1, 5));
        var two = await NewProjectAsync(app, new DateOnly(2026, 1, 5));
        var team = "Cap" + Guid.NewGuid().ToString("N")[..8];
        var busy = await PersonAsync(team, "Busy Bee");
        var free = await PersonAsync(team, "Free Bird");
        await CreatedAsync(await one.Client.PostAsJsonAsync(Allocations(one.ProjectKey), new { personId = busy, percent = 60, from = Iso(Monday), to = Iso(Monday.AddDays(13)) }));
        var second = await CreatedAsync(await two.Client.PostAsJsonAsync(Allocations(two.ProjectKey), new { personId = busy, percent = 50, from = Iso(Monday.AddDays(7)), to = Iso(Monday.AddDays(20)) }));
        await CreatedAsync(await two.Client.PostAsJsonAsync(Allocations(two.ProjectKey), new { personId = free, percent = 20, from = Iso(Monday), to = Iso(Monday.AddDays(20)) }));
        second["personName"]!.GetValue<string>().Should().Be("Busy Bee");

        var rows = (await one.Client.GetFromJsonAsync<JsonArray>($"/api/v1/capacity?from={Iso(Monday)}&to={Iso(Monday.AddDays(20))}&team={team}"))!;

        rows.Select(r => r!["name"]!.GetValue<string>()).Should().Equal("Busy Bee", "Free Bird");
        var weeks = rows[0]!["weeks"]!.AsArray();
        weeks.Select(w => w!["allocatedHours"]!.GetValue<decimal>()).Should().Equal(24m, 44m, 20m);
        weeks.Select(w => w!["overAllocated"]!.GetValue<bool>()).Should().Equal(false, true, false);
        weeks.Select(w => w!["capacityHours"]!.GetValue<decimal>()).Should().OnlyContain(h => h == 40m);
        (await one.Client.GetFromJsonAsync<JsonArray>($"/api/v1/capacity?from={Iso(Monday)}&to={Iso(Monday.AddDays(20))}&team={team}&minFree=50"))!
            .Select(r => r!["name"]!.GetValue<string>()).Should().Equal("Free Bird");
        (await one.Client.GetFromJsonAsync<JsonArray>($"/api/v1/capacity?from={Iso(Monday)}&to={Iso(Monday.AddDays(20))}&team={team}&skill=kubernetes&minLevel=3"))!
            .Select(r => r!["name"]!.GetValue<string>()).Should().Equal("Busy Bee");
    }

    [Fact]
    public async Task Allocation_PutDelete_BadInputAndRoles()
    {
        var work = await NewProjectAsync(app, new DateOnly(2026, 1, 5));
        var person = await PersonAsync("Cap", "Alex Alloc");
        var created = await CreatedAsync(await work.Client.PostAsJsonAsync(Allocations(work.ProjectKey), new { personId = person, percent = 50, from = "2027-01-04", to = "2027-02-26" }));
        var path = $"/api/v1/allocations/{created["id"]}";

        (await OkAsync(await work.Client.PutAsJsonAsync(path, new { personId = person, percent = 80, from = "2027-01-04", to = "2027-03-26", version = created["version"]!.GetValue<uint>() })))
            ["percent"]!.GetValue<int>().Should().Be(80);
        (await work.Client.PutAsJsonAsync(path, new { personId = person, percent = 70, from = "2027-01-04", to = "2027-03-26", version = created["version"]!.GetValue<uint>() }))
            .StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(Allocations(work.ProjectKey), new { personId = person, percent = 0, from = "2027-01-04", to = "2027-02-26" }))).Should().ContainKey("percent");
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(Allocations(work.ProjectKey), new { personId = person, percent = 101, from = "2027-01-04", to = "2027-02-26" }))).Should().ContainKey("percent");
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(Allocations(work.ProjectKey), new { personId = person, percent = 50, from = "2027-02-26", to = "2027-01-04" }))).Should().ContainKey("to");
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(Allocations(work.ProjectKey), new { personId = Guid.NewGuid(), percent = 50, from = "2027-01-04", to = "2027-02-26" }))).Should().ContainKey("personId");
        (await work.Client.GetFromJsonAsync<JsonArray>(Allocations(work.ProjectKey)))!.Should().ContainSingle();

        var stakeholder = await work.MemberClientAsync(ProjectRole.Stakeholder);
        var (_, outsider) = await app.SignedInAsync(ProjectRole.TeamLead);
        var body = $$"""{"personId":"{{person}}","percent":10,"from":"2027-01-04","to":"2027-01-08"}""";
        await RouteRoles.AssertAsync(
        [
            ("GET", Allocations(work.ProjectKey), null),
            ("POST", Allocations(work.ProjectKey), body),
            ("PUT", path, body),
            ("DELETE", path, null),
        ], stakeholder, outsider, app.CreateClient());
        (await RouteRoles.SendAsync(stakeholder, "GET", "/api/v1/capacity", null)).Should().Be(HttpStatusCode.Forbidden, "capacity across the portfolio is for leads and admins");
        (await RouteRoles.SendAsync(app.CreateClient(), "GET", "/api/v1/capacity", null)).Should().Be(HttpStatusCode.Unauthorized);
        (await ErrorsAsync(await work.Client.GetAsync("/api/v1/capacity?from=2027-01-04&to=2030-01-04"))).Should().ContainKey("to");

        (await work.Client.DeleteAsync(path)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await work.Client.GetFromJsonAsync<JsonArray>(Allocations(work.ProjectKey)))!.Should().BeEmpty();
    }

    [Fact]
    public async Task APlaceholder_ListsThePeopleWhoMatchWithRoom_BestFirst_AndAssigningKeepsItsDates()
    {
        var work = await NewProjectAsync(app, new DateOnly(2026, 1, 5));
        var skill = "Skill" + Guid.NewGuid().ToString("N")[..8];
        var (_, admin) = await app.SignedInAsync(ProjectRole.Admin);
        async Task<Guid> PersonWithAsync(string name, int level, bool pmp)
        {
            var created = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/people", new
            {
                name, title = "Architect", team = "Cloud", location = "Remote", weeklyCapacityHours = 40, costRate = 100, costCurrency = "USD",
                skills = new[] { new { name = skill, level } },
            }));
            var id = Guid.Parse(created["id"]!.GetValue<string>());
            if (pmp)
            {
                await CreatedAsync(await admin.PostAsJsonAsync($"/api/v1/people/{id}/credentials",
                    new { certification = "PMP", credentialId = "PMP-" + Guid.NewGuid().ToString("N")[..6], earnedOn = "2025-01-10", expiresOn = "2028-01-09" }));
            }

            return id;
        }

        var certified = await PersonWithAsync("Cora Certified", 3, pmp: true);
        var expert = await PersonWithAsync("Eli Expert", 5, pmp: false);
        var busy = await PersonWithAsync("Bo Busy", 5, pmp: true);
        await PersonWithAsync("Jo Junior", 2, pmp: true);
        await CreatedAsync(await work.Client.PostAsJsonAsync(Allocations(work.ProjectKey), new { personId = busy, percent = 70, from = Iso(Monday), to = Iso(Monday.AddDays(27)) }));

        var placeholder = await CreatedAsync(await work.Client.PostAsJsonAsync(Allocations(work.ProjectKey), new
        {
            role = "Cloud architect, AWS, PMP preferred", percent = 50, from = Iso(Monday), to = Iso(Monday.AddDays(25)),
            requirements = new object[] { new { kind = "skill", name = skill.ToLowerInvariant(), minLevel = 3 }, new { kind = "certification", name = "pmp", preferred = true } },
        }));
        placeholder["placeholder"]!.GetValue<bool>().Should().BeTrue();
        placeholder["personId"].Should().BeNull();
        placeholder["requirements"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).Should().Equal(skill.ToLowerInvariant(), "PMP");
        var path = $"/api/v1/allocations/{placeholder["id"]}";

        var matches = (await work.Client.GetFromJsonAsync<JsonArray>($"{path}/matches"))!;
        matches.Select(m => m!["name"]!.GetValue<string>()).Should().Equal(["Cora Certified", "Eli Expert"],
            "PMP is preferred so it ranks first; Bo has 30 % free, Jo's level is too low");
        matches[0]!["preferredMet"]!.GetValue<int>().Should().Be(1);
        matches[1]!["skillMargin"]!.GetValue<int>().Should().Be(2);

        var open = (await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/capacity/open-roles?from={Iso(Monday)}&to={Iso(Monday.AddDays(6))}"))!;
        var role = open.Single(r => r!["allocationId"]!.GetValue<string>() == placeholder["id"]!.GetValue<string>())!;
        role["projectKey"]!.GetValue<string>().Should().Be(work.ProjectKey);
        role["matches"]!.AsArray().Select(m => m!["name"]!.GetValue<string>()).Should().Equal("Cora Certified", "Eli Expert");

        var filled = await OkAsync(await work.Client.PostAsJsonAsync($"{path}/assign", new { personId = certified, version = placeholder["version"]!.GetValue<uint>() }));
        filled["personName"]!.GetValue<string>().Should().Be("Cora Certified");
        filled["placeholder"]!.GetValue<bool>().Should().BeFalse();
        (filled["from"]!.GetValue<string>(), filled["to"]!.GetValue<string>(), filled["percent"]!.GetValue<int>(), filled["role"]!.GetValue<string>())
            .Should().Be((Iso(Monday), Iso(Monday.AddDays(25)), 50, "Cloud architect, AWS, PMP preferred"));
        (await work.Client.PostAsJsonAsync($"{path}/assign", new { personId = expert, version = filled["version"]!.GetValue<uint>() }))
            .StatusCode.Should().Be(HttpStatusCode.Conflict, "the role is filled already");
        (await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/capacity/open-roles?from={Iso(Monday)}&to={Iso(Monday.AddDays(6))}"))!
            .Should().NotContain(r => r!["allocationId"]!.GetValue<string>() == placeholder["id"]!.GetValue<string>());
        var weeks = (await work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/capacity?from={Iso(Monday)}&to={Iso(Monday.AddDays(6))}&skill={skill}"))!
            .Single(r => r!["name"]!.GetValue<string>() == "Cora Certified")!["weeks"]!.AsArray();
        weeks[0]!["allocatedHours"]!.GetValue<decimal>().Should().Be(20m, "Cora now carries the role's 50 %");
    }

    [Fact]
    public async Task BadPlaceholders_AreRefusedByField_AndRolesHoldForMatchesAndAssign()
    {
        var work = await NewProjectAsync(app, new DateOnly(2026, 1, 5));
        async Task<Dictionary<string, System.Text.Json.Nodes.JsonNode?>> RefusedAsync(object body) => await ErrorsAsync(await work.Client.PostAsJsonAsync(Allocations(work.ProjectKey), body));

        (await RefusedAsync(new { percent = 50, from = "2027-01-04", to = "2027-01-29" })).Should().ContainKey("personId");
        (await RefusedAsync(new { role = "Architect", percent = 50, from = "2027-01-04", to = "2027-01-29", requirements = new[] { new { kind = "certification", name = "NOPE" } } }))
            .Should().ContainKey("requirements[0].name");
        (await RefusedAsync(new { role = "Architect", percent = 50, from = "2027-01-04", to = "2027-01-29", requirements = new[] { new { kind = "hobby", name = "Chess" } } }))
            .Should().ContainKey("requirements[0].kind");
        (await RefusedAsync(new { role = "Architect", percent = 50, from = "2027-01-04", to = "2027-01-29", requirements = new[] { new { kind = "skill", name = "Go" } } }))
            .Should().ContainKey("requirements[0].minLevel");
        (await work.Client.GetFromJsonAsync<JsonArray>(Allocations(work.ProjectKey)))!.Should().BeEmpty();

        var created = await CreatedAsync(await work.Client.PostAsJsonAsync(Allocations(work.ProjectKey), new { role = "Security engineer", percent = 40, from = "2027-01-04", to = "2027-01-29" }));
        var path = $"/api/v1/allocations/{created["id"]}";
        (await ErrorsAsync(await work.Client.PostAsJsonAsync($"{path}/assign", new { personId = Guid.NewGuid(), version = created["version"]!.GetValue<uint>() })))
            .Should().ContainKey("personId");
        var person = await PersonAsync("Cap", "Sam Stand-in");
        var stakeholder = await work.MemberClientAsync(ProjectRole.Stakeholder);
        var (_, outsider) = await app.SignedInAsync(ProjectRole.TeamLead);
        await RouteRoles.AssertAsync(
        [
            ("GET", $"{path}/matches", null),
            ("POST", $"{path}/assign", $$"""{"personId":"{{person}}","version":{{created["version"]}}}"""),
        ], stakeholder, outsider, app.CreateClient());
        (await RouteRoles.SendAsync(stakeholder, "GET", "/api/v1/capacity/open-roles", null)).Should().Be(HttpStatusCode.Forbidden);
        (await RouteRoles.SendAsync(outsider, "GET", "/api/v1/capacity/open-roles", null)).Should().Be(HttpStatusCode.OK);
        (await outsider.GetFromJsonAsync<JsonArray>("/api/v1/capacity/open-roles?from=2027-01-04&to=2027-01-29"))!
            .Should().NotContain(r => r!["allocationId"]!.GetValue<string>() == created["id"]!.GetValue<string>(), "a lead sees the open roles of their own projects only");
    }

    private static string Allocations(string key) => $"/api/v1/projects/{key}/allocations";

    private async Task<Guid> PersonAsync(string team, string name)
    {
        var (_, admin) = await app.SignedInAsync(ProjectRole.Admin);
        var created = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/people", new
        {
            name, title = "Engineer", team, location = "Remote", weeklyCapacityHours = 40, costRate = 100, costCurrency = "USD",
            skills = name == "Busy Bee" ? new[] { new { name = "Kubernetes", level = 4 } } : new[] { new { name = "Kubernetes", level = 2 } },
        }));
        return Guid.Parse(created["id"]!.GetValue<string>());
    }
}
