using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using static TpmHub.IntegrationTests.Budget.BudgetApi;
using static TpmHub.IntegrationTests.People.PeopleApi;

namespace TpmHub.IntegrationTests.People;

/// <summary>The certification catalogue and people's credentials (issue 13), through the real API.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class CredentialApiTests(TpmHubApp app)
{
    [Fact]
    public async Task Catalogue_IsSeededByTheMigration_WithCyclesAndUnits()
    {
        var (_, stakeholder) = await app.SignedInAsync(ProjectRole.Stakeholder);

        var catalogue = (await stakeholder.GetFromJsonAsync<JsonArray>("/api/v1/certifications"))!;

        var byCode = catalogue.ToDictionary(c => c!["code"]!.GetValue<string>(), c => c!);
        byCode.Keys.Should().Contain(["PMP", "CSM", "PRINCE2-F", "PRINCE2-P", "PROJECT+", "ITIL4-F"]);
        $"{byCode["PMP"]["issuingBody"]} {byCode["PMP"]["renewalYears"]} {byCode["PMP"]["unitsRequired"]} {byCode["PMP"]["unitName"]}"
            .Should().Be("PMI (Project Management Institute) 3 60 PDU");
        $"{byCode["CSM"]["renewalYears"]} {byCode["CSM"]["unitsRequired"]} {byCode["CSM"]["unitName"]}".Should().Be("2 20 SEU");
        byCode["PROJECT+"]["renewalYears"].Should().BeNull();
        byCode["PROJECT+"]["unitsRequired"].Should().BeNull();
    }

    [Fact]
    public async Task AddCertification_AdminsOnly_AndCodesAreUnique()
    {
        var (_, admin) = await app.SignedInAsync(ProjectRole.Admin);
        var (_, lead) = await app.SignedInAsync(ProjectRole.TeamLead);
        var code = "CKA-" + TpmHubApp.NewKey();
        var body = new { code = code.ToLowerInvariant(), name = "Certified Kubernetes Administrator", issuingBody = "CNCF / Linux Foundation", renewalYears = 2 };

        (await lead.PostAsJsonAsync("/api/v1/certifications", body)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var added = await CreatedAsync(await admin.PostAsJsonAsync("/api/v1/certifications", body));
        added["code"]!.GetValue<string>().Should().Be(code);
        added["unitsRequired"].Should().BeNull();
        (await FieldErrorsAsync(await admin.PostAsJsonAsync("/api/v1/certifications", body))).Should().ContainKey("code");
        (await FieldErrorsAsync(await admin.PostAsJsonAsync("/api/v1/certifications", new { code = "X1", name = "n", issuingBody = "b", unitsRequired = 10 })))
            .Should().ContainKey("unitsRequired");
        (await lead.GetFromJsonAsync<JsonArray>("/api/v1/certifications"))!.Select(c => c!["code"]!.GetValue<string>()).Should().Contain(code);
    }

    [Fact]
    public async Task Credential_DefaultsItsExpiry_LogsUnitsInTheCycle_AndCountsWhatIsNeeded()
    {
        var (_, lead) = await app.SignedInAsync(ProjectRole.TeamLead);
        var person = await PersonAsync(lead, "Pat Kim", NewTeam());
        var personId = person["id"]!.GetValue<string>();
        var earned = Today().AddYears(-1);

        var response = await lead.PostAsJsonAsync($"/api/v1/people/{personId}/credentials", new { certification = "pmp", credentialId = "PMP-" + TpmHubApp.NewKey(), earnedOn = Iso(earned) });
        var credential = await CreatedAsync(response);
        var id = credential["id"]!.GetValue<string>();
        response.Headers.Location!.ToString().Should().Be($"/api/v1/credentials/{id}");
        credential["certification"]!.GetValue<string>().Should().Be("PMP");
        credential["personName"]!.GetValue<string>().Should().Be("Pat Kim");
        credential["expiresOn"]!.GetValue<string>().Should().Be(Iso(earned.AddYears(3)));
        credential["status"]!.GetValue<string>().Should().Be("valid");
        credential["unitsRequired"]!.GetValue<int>().Should().Be(60);
        credential["unitsLogged"]!.GetValue<decimal>().Should().Be(0m);
        credential["unitsNeeded"]!.GetValue<decimal>().Should().Be(60m);

        var logged = await CreatedAsync(await lead.PostAsJsonAsync($"/api/v1/credentials/{id}/units", new { date = Iso(Today()), hours = 12.5m, activity = "PMI Global Summit" }));
        await CreatedAsync(await lead.PostAsJsonAsync($"/api/v1/credentials/{id}/units", new { date = Iso(earned), hours = 8m, activity = "Agile course" }));
        logged["unitsLogged"]!.GetValue<decimal>().Should().Be(12.5m);
        var now = await OkAsync(await lead.GetAsync($"/api/v1/credentials/{id}"));
        now["unitsLogged"]!.GetValue<decimal>().Should().Be(20.5m);
        now["unitsNeeded"]!.GetValue<decimal>().Should().Be(39.5m);
        now["units"]!.AsArray().Select(u => u!["activity"]!.GetValue<string>()).Should().Equal("PMI Global Summit", "Agile course");

        var outside = await FieldErrorsAsync(await lead.PostAsJsonAsync($"/api/v1/credentials/{id}/units", new { date = Iso(earned.AddDays(-1)), hours = 1m, activity = "Old" }));
        outside["date"][0].Should().Contain("outside the credential's current cycle");
        (await FieldErrorsAsync(await lead.PostAsJsonAsync($"/api/v1/credentials/{id}/units", new { date = Iso(Today()), hours = 0m, activity = "x" }))).Should().ContainKey("hours");
        (await FieldErrorsAsync(await lead.PostAsJsonAsync($"/api/v1/credentials/{id}/units", new { date = Iso(Today()), hours = 1001m, activity = "x" }))).Should().ContainKey("hours");
        (await OkAsync(await lead.GetAsync($"/api/v1/credentials/{id}")))["unitsLogged"]!.GetValue<decimal>().Should().Be(20.5m);

        var unit = now["units"]!.AsArray()[1]!["id"]!.GetValue<string>();
        (await OkAsync(await lead.DeleteAsync($"/api/v1/credentials/{id}/units/{unit}")))["unitsLogged"]!.GetValue<decimal>().Should().Be(12.5m);
    }

    [Fact]
    public async Task Credential_BadInput_IsRefusedAndNothingIsSaved()
    {
        var (_, lead) = await app.SignedInAsync(ProjectRole.TeamLead);
        var person = await PersonAsync(lead, "Bad Cred", NewTeam());
        var personId = person["id"]!.GetValue<string>();
        var path = $"/api/v1/people/{personId}/credentials";
        var number = "CSM-" + TpmHubApp.NewKey();

        (await FieldErrorsAsync(await lead.PostAsJsonAsync(path, new { certification = "CSM", earnedOn = "2026-05-01", expiresOn = "2026-04-30" }))).Keys.Should().Equal("expiresOn");
        (await FieldErrorsAsync(await lead.PostAsJsonAsync(path, new { certification = "NOPE", earnedOn = "2026-05-01" }))).Keys.Should().Equal("certification");
        (await FieldErrorsAsync(await lead.PostAsJsonAsync(path, new { certification = "CSM", earnedOn = "May 1st" }))).Keys.Should().Equal("earnedOn");
        await CredentialAsync(lead, personId, "CSM", "2026-05-01", credentialId: number);
        var other = await PersonAsync(lead, "Other Cred", NewTeam());
        var duplicate = await FieldErrorsAsync(await lead.PostAsJsonAsync($"/api/v1/people/{other["id"]}/credentials", new { certification = "csm", credentialId = number, earnedOn = "2026-06-01" }));
        duplicate["credentialId"][0].Should().Contain("Bad Cred");
        // The same number under another certification is someone else's credential, and fine.
        await CredentialAsync(lead, other["id"]!.GetValue<string>(), "PMP", "2026-06-01", credentialId: number);

        (await lead.GetFromJsonAsync<JsonArray>(path))!.Should().HaveCount(1);
        (await lead.PostAsJsonAsync($"/api/v1/people/{Guid.NewGuid()}/credentials", new { certification = "CSM", earnedOn = "2026-05-01" })).StatusCode
            .Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Put_RenewsByMovingTheExpiry_AndChecksTheVersion()
    {
        var (_, lead) = await app.SignedInAsync(ProjectRole.TeamLead);
        var person = await PersonAsync(lead, "Renewing Person", NewTeam());
        var credential = await CredentialAsync(lead, person["id"]!.GetValue<string>(), "CSM", Iso(Today().AddYears(-2).AddDays(10)));
        credential["status"]!.GetValue<string>().Should().Be("expiringSoon");
        var id = credential["id"]!.GetValue<string>();

        var renewed = await OkAsync(await lead.PutAsJsonAsync($"/api/v1/credentials/{id}", new
        {
            certification = "CSM", credentialId = credential["credentialId"]!.GetValue<string>(), earnedOn = credential["earnedOn"]!.GetValue<string>(),
            expiresOn = Iso(Today().AddYears(2)), version = credential["version"]!.GetValue<uint>(),
        }));
        renewed["status"]!.GetValue<string>().Should().Be("valid");
        renewed["cycleStart"]!.GetValue<string>().Should().Be(Iso(Today()));

        (await lead.PutAsJsonAsync($"/api/v1/credentials/{id}", new { certification = "CSM", earnedOn = "2025-01-01", version = credential["version"]!.GetValue<uint>() }))
            .StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await FieldErrorsAsync(await lead.PutAsJsonAsync($"/api/v1/credentials/{id}", new { certification = "CSM", earnedOn = "2025-01-01" }))).Should().ContainKey("version");
        (await lead.DeleteAsync($"/api/v1/credentials/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await lead.GetAsync($"/api/v1/credentials/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_AcrossPeople_FiltersByStatusAndCertification()
    {
        var (_, lead) = await app.SignedInAsync(ProjectRole.TeamLead);
        var person = await PersonAsync(lead, "Status Person " + TpmHubApp.NewKey(), NewTeam());
        var personId = person["id"]!.GetValue<string>();
        var soon = await CredentialAsync(lead, personId, "PMP", Iso(Today().AddYears(-3).AddDays(30)));
        var expired = await CredentialAsync(lead, personId, "CSM", Iso(Today().AddYears(-2).AddDays(-1)));
        var forever = await CredentialAsync(lead, personId, "PROJECT+", "2020-01-01");
        var valid = await CredentialAsync(lead, personId, "ITIL4-F", Iso(Today()));
        async Task<string[]> IdsAsync(string query) => (await lead.GetFromJsonAsync<JsonArray>($"/api/v1/credentials{query}"))!
            .Where(c => c!["personId"]!.GetValue<string>() == personId).Select(c => c!["id"]!.GetValue<string>()).ToArray();

        (await IdsAsync("?status=expiringSoon")).Should().Equal(soon["id"]!.GetValue<string>());
        (await IdsAsync("?status=expired")).Should().Equal(expired["id"]!.GetValue<string>());
        (await IdsAsync("?status=noExpiry")).Should().Equal(forever["id"]!.GetValue<string>());
        (await IdsAsync("?status=valid")).Should().Equal(valid["id"]!.GetValue<string>());
        (await IdsAsync("?certification=PMP")).Should().Equal(soon["id"]!.GetValue<string>());
        (await IdsAsync("")).Should().Equal(new[] { expired, soon, valid, forever }.Select(c => c["id"]!.GetValue<string>()), "soonest expiry first, none last");
        soon["daysToExpiry"]!.GetValue<int>().Should().Be(30);
        (await FieldErrorsAsync(await lead.GetAsync("/api/v1/credentials?status=lapsed"))).Should().ContainKey("status");
    }

    [Fact]
    public async Task Credentials_AreForAdminsAndLeads_StakeholdersAre403_Anonymous401()
    {
        var (_, lead) = await app.SignedInAsync(ProjectRole.TeamLead);
        var (_, admin) = await app.SignedInAsync(ProjectRole.Admin);
        var (_, stakeholder) = await app.SignedInAsync(ProjectRole.Stakeholder);
        var person = await PersonAsync(lead, "Guarded Person", NewTeam());
        var personId = person["id"]!.GetValue<string>();
        var credential = await CredentialAsync(admin, personId, "PMP", "2026-01-05");
        var id = credential["id"]!.GetValue<string>();

        foreach (var (method, path, body) in new (string, string, object?)[]
                 {
                     ("GET", $"/api/v1/people/{personId}/credentials", null), ("POST", $"/api/v1/people/{personId}/credentials", new { certification = "CSM", earnedOn = "2026-01-05" }),
                     ("GET", "/api/v1/credentials", null), ("GET", $"/api/v1/credentials/{id}", null),
                     ("PUT", $"/api/v1/credentials/{id}", new { certification = "PMP", earnedOn = "2026-01-05", version = credential["version"]!.GetValue<uint>() }),
                     ("POST", $"/api/v1/credentials/{id}/units", new { date = "2026-02-02", hours = 1, activity = "x" }), ("DELETE", $"/api/v1/credentials/{id}", null),
                 })
        {
            HttpRequestMessage Request() => new(new HttpMethod(method), path) { Content = body is null ? null : JsonContent.Create(body) };
            (await stakeholder.SendAsync(Request())).StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{method} {path}");
            (await app.CreateClient().SendAsync(Request())).StatusCode.Should().Be(HttpStatusCode.Unauthorized, $"{method} {path}");
        }

        (await lead.GetAsync($"/api/v1/credentials/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.CreateClient().GetAsync("/api/v1/certifications")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
