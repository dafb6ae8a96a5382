using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;
using static TpmHub.IntegrationTests.Budget.BudgetApi;

namespace TpmHub.IntegrationTests.Meetings;

/// <summary>Meetings (issue 12) through the real API on PostgreSQL: attendees, agenda, suggestions from the notes, accepting and
/// rejecting them, series carrying open actions, minutes and .ics, and who may do what.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class MeetingApiTests(TpmHubApp app)
{
    /// <summary>A Monday; "Friday" in the notes is 2026-12-04.</summary>
    private const string MeetingDate = "2026-11-30";

    private const string SteeringNotes = """
        ## Status
        Wave 2 is on track; the DMS replication lag is down to 4 minutes.

        ## Actions
        - ACTION: Maria to send the cutover runbook to the CAB by Friday
        - [ ] @raj check the RDS quota in eu-west-1 by 2026-12-07

        ## Decisions
        DECISION: We go with blue-green for the payments cutover.

        ## Risks
        RISK: The Direct Connect circuit may slip past the wave 3 window.
        """;

    [Fact]
    public async Task Meeting_CreateGetPutDelete_ResolvesMembersStakeholdersGuestsAndAgendaLinks()
    {
        var work = await NewProjectAsync(app);
        var item = await work.AddItemAsync("Order the Direct Connect circuit", 5);
        var stakeholder = await StakeholderAsync(work, "Dana Sponsor", "dana@corp.example");

        var created = await CreatedAsync(await work.Client.PostAsJsonAsync(List(work), new
        {
            title = " Steering committee ", type = "steeringCommittee", date = MeetingDate, time = "10:30", durationMinutes = 45,
            attendees = new object[]
            {
                new { userId = work.Lead.Id },
                new { stakeholderId = stakeholder },
                new { name = "Maria Lopez", email = "maria@vendor.example", handle = "@maria" },
            },
            agenda = new object[] { new { text = "Circuit order", link = item.ToLowerInvariant() }, new { text = "AOB" } },
            notes = "Nothing yet.",
        }));

        var id = created["id"]!.GetValue<string>();
        created["title"]!.GetValue<string>().Should().Be("Steering committee");
        created["type"]!.GetValue<string>().Should().Be("steeringCommittee");
        created["date"]!.GetValue<string>().Should().Be(MeetingDate);
        created["time"]!.GetValue<string>().Should().StartWith("10:30");
        created["attendees"]!.AsArray().Select(a => $"{a!["name"]}|{a["email"]}|{a["handle"]}|{a["userId"] is not null}|{a["stakeholderId"] is not null}")
            .Should().Equal("Test TeamLead|" + work.Lead.Email + "||True|False", "Dana Sponsor|dana@corp.example||False|True", "Maria Lopez|maria@vendor.example|maria|False|False");
        created["agenda"]!.AsArray().Select(a => $"{a!["text"]}|{a["link"]}|{a["linkTitle"]}")
            .Should().Equal($"Circuit order|{item}|Order the Direct Connect circuit", "AOB||");
        (await OkAsync(await work.Client.GetAsync($"/api/v1/meetings/{id}"))).ToJsonString().Should().Be(created.ToJsonString());
        (await work.Client.GetFromJsonAsync<JsonArray>(List(work)))!.Select(m => m!["title"]!.GetValue<string>()).Should().Equal("Steering committee");

        var put = await OkAsync(await work.Client.PutAsJsonAsync($"/api/v1/meetings/{id}", new
        {
            title = "Steering committee #1", type = "steeringCommittee", date = MeetingDate, attendees = Array.Empty<object>(), notes = "",
            version = created["version"]!.GetValue<uint>(),
        }));
        put["attendees"]!.AsArray().Should().BeEmpty();
        put["time"].Should().BeNull();
        var stale = await work.Client.PutAsJsonAsync($"/api/v1/meetings/{id}", new { title = "Stale", type = "other", date = MeetingDate, version = created["version"]!.GetValue<uint>() });
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);

        (await work.Client.DeleteAsync($"/api/v1/meetings/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await work.Client.GetAsync($"/api/v1/meetings/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Notes_OnSave_SuggestActionsWithOwnerAndDue_DecisionsAndRisks_WithTheExactSource()
    {
        var work = await NewProjectAsync(app);
        var meeting = await SteeringAsync(work);

        var suggestions = await SuggestionsAsync(work, meeting);

        var notes = meeting["notes"]!.GetValue<string>();
        foreach (var s in suggestions)
        {
            var start = s["sourceStart"]!.GetValue<int>();
            notes.Substring(start, s["source"]!.GetValue<string>().Length).Should().Be(s["source"]!.GetValue<string>());
            s["state"]!.GetValue<string>().Should().Be("open");
        }

        var actions = suggestions.Where(s => s["kind"]!.GetValue<string>() == "action").ToList();
        actions.Should().HaveCount(2);
        actions[0]["source"]!.GetValue<string>().Should().Contain("cutover runbook");
        actions[0]["owner"]!.GetValue<string>().Should().Be("Maria Lopez");
        actions[0]["due"]!.GetValue<string>().Should().Be("2026-12-04");
        actions[1]["owner"]!.GetValue<string>().Should().Be("Raj Patel");
        actions[1]["due"]!.GetValue<string>().Should().Be("2026-12-07");
        suggestions.Where(s => s["kind"]!.GetValue<string>() == "decision").Select(s => s!["source"]!.GetValue<string>())
            .Should().ContainSingle().Which.Should().Contain("blue-green");
        suggestions.Where(s => s["kind"]!.GetValue<string>() == "risk").Select(s => s!["source"]!.GetValue<string>())
            .Should().ContainSingle().Which.Should().Contain("Direct Connect");
    }

    [Fact]
    public async Task Accept_EachKind_CreatesTheLinkedItem_AndASecondAcceptIs409WithNothingCreated()
    {
        var work = await NewProjectAsync(app);
        var meeting = await SteeringAsync(work);
        var suggestions = await SuggestionsAsync(work, meeting);
        var action = suggestions.First(s => s["kind"]!.GetValue<string>() == "action");
        var decision = suggestions.Single(s => s["kind"]!.GetValue<string>() == "decision");
        var risk = suggestions.Single(s => s["kind"]!.GetValue<string>() == "risk");

        var accepted = await CreatedAsync(await work.Client.PostAsJsonAsync(Accept(meeting, action), new { text = "Send the cutover runbook to the CAB", due = "2026-12-03" }));
        var itemKey = accepted["createdKey"]!.GetValue<string>();
        accepted["createdKind"]!.GetValue<string>().Should().Be("workItem");
        accepted["suggestion"]!["state"]!.GetValue<string>().Should().Be("accepted");
        var item = await OkAsync(await work.Client.GetAsync($"/api/v1/work-items/{itemKey}"));
        item["title"]!.GetValue<string>().Should().Be("Send the cutover runbook to the CAB");
        item["dueDate"]!.GetValue<string>().Should().Be("2026-12-03");
        item["description"]!.GetValue<string>().Should().Contain($"/projects/{work.ProjectKey}/meetings/{meeting["id"]}").And.Contain("Maria Lopez");

        var again = await work.Client.PostAsJsonAsync(Accept(meeting, action), new { });
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/work-items"))!["total"]!.GetValue<int>().Should().Be(1);

        var logged = await CreatedAsync(await work.Client.PostAsync(Accept(meeting, decision), null));
        var decisionRow = await OkAsync(await work.Client.GetAsync($"/api/v1/decisions/{logged["createdKey"]}"));
        decisionRow["status"]!.GetValue<string>().Should().Be("accepted");
        decisionRow["decidedOn"]!.GetValue<string>().Should().Be(MeetingDate);

        var raised = await CreatedAsync(await work.Client.PostAsync(Accept(meeting, risk), null));
        var entry = await OkAsync(await work.Client.GetAsync($"/api/v1/raid/{raised["createdKey"]}"));
        entry["kind"]!.GetValue<string>().Should().Be("risk");
        entry["category"]!.GetValue<string>().Should().Be("schedule", "a circuit that may slip past a window is a schedule risk");
        entry["description"]!.GetValue<string>().Should().Contain(meeting["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Accept_WithAnOwnerWhoIsNoAttendeeOrABadDate_Is400AndTheSuggestionStaysOpen()
    {
        var work = await NewProjectAsync(app);
        var meeting = await SteeringAsync(work);
        var action = (await SuggestionsAsync(work, meeting)).First(s => s["kind"]!.GetValue<string>() == "action");

        (await ErrorsAsync(await work.Client.PostAsJsonAsync(Accept(meeting, action), new { owner = "Somebody Else" }))).Should().ContainKey("owner");
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(Accept(meeting, action), new { due = "next friday" }))).Should().ContainKey("due");
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(Accept(meeting, action), new { text = new string('x', 201) }))).Should().ContainKey("text");

        (await SuggestionsAsync(work, meeting)).First(s => s["id"]!.GetValue<string>() == action["id"]!.GetValue<string>())["state"]!.GetValue<string>().Should().Be("open");
        (await work.Client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{work.ProjectKey}/work-items"))!["total"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Reject_StaysRejected_WhenTheNotesAreSavedAgain()
    {
        var work = await NewProjectAsync(app);
        var meeting = await SteeringAsync(work);
        var risk = (await SuggestionsAsync(work, meeting)).Single(s => s["kind"]!.GetValue<string>() == "risk");
        (await OkAsync(await work.Client.PostAsync($"{Path(meeting)}/suggestions/{risk["id"]}/reject", null)))["state"]!.GetValue<string>().Should().Be("rejected");
        (await work.Client.PostAsync($"{Path(meeting)}/suggestions/{risk["id"]}/reject", null)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await work.Client.PostAsync(Accept(meeting, risk), null)).StatusCode.Should().Be(HttpStatusCode.Conflict);

        var current = await OkAsync(await work.Client.GetAsync(Path(meeting)));
        await OkAsync(await work.Client.PutAsJsonAsync(Path(meeting), new
        {
            title = "Steering committee", type = "steeringCommittee", date = MeetingDate, attendees = Attendees(work),
            notes = "Attendance: everyone was there.\n\n" + SteeringNotes, version = current["version"]!.GetValue<uint>(),
        }));

        var after = await SuggestionsAsync(work, meeting);
        var risks = after.Where(s => s["kind"]!.GetValue<string>() == "risk").ToList();
        risks.Should().ContainSingle();
        risks[0]["id"]!.GetValue<string>().Should().Be(risk["id"]!.GetValue<string>());
        risks[0]["state"]!.GetValue<string>().Should().Be("rejected");
        var notes = (await OkAsync(await work.Client.GetAsync(Path(meeting))))["notes"]!.GetValue<string>();
        notes.Substring(risks[0]["sourceStart"]!.GetValue<int>(), risks[0]["source"]!.GetValue<string>().Length).Should().Be(risks[0]["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task NextMeetingOfTheSeries_CarriesOpenActionsAndUnfinishedAcceptedOnes_NotRejectedOrDoneOnes()
    {
        var work = await NewProjectAsync(app);
        var first = await SteeringAsync(work, """
            - ACTION: Maria to send the cutover runbook by Friday
            - ACTION: Raj to check the RDS quota by Friday
            - ACTION: Maria to book the war room by Friday
            - ACTION: Raj to order pizza by Friday
            """);
        var actions = (await SuggestionsAsync(work, first)).Where(s => s["kind"]!.GetValue<string>() == "action").ToList();
        actions.Should().HaveCount(4);
        var unfinished = await CreatedAsync(await work.Client.PostAsync(Accept(first, actions[1]), null));
        var finished = await CreatedAsync(await work.Client.PostAsync(Accept(first, actions[2]), null));
        var done = await OkAsync(await work.Client.GetAsync($"/api/v1/work-items/{finished["createdKey"]}"));
        await OkAsync(await work.Client.PatchAsJsonAsync($"/api/v1/work-items/{finished["createdKey"]}",
            new { status = "done", percentComplete = 100, actualStart = "2026-12-01", actualFinish = "2026-12-01", version = done["version"]!.GetValue<uint>() }));
        await OkAsync(await work.Client.PostAsync($"{Path(first)}/suggestions/{actions[3]["id"]}/reject", null));

        var next = await CreatedAsync(await work.Client.PostAsync($"{Path(first)}/next", null));

        next["date"]!.GetValue<string>().Should().Be("2026-12-07");
        next["seriesId"]!.GetValue<string>().Should().Be(first["id"]!.GetValue<string>());
        next["previousInSeries"]!.GetValue<string>().Should().Be(first["id"]!.GetValue<string>());
        next["attendees"]!.AsArray().Should().HaveCount(3);
        var agenda = next["agenda"]!.AsArray();
        agenda.Should().HaveCount(2);
        agenda.Should().OnlyContain(a => a!["carriedOver"]!.GetValue<bool>());
        agenda[0]!["text"]!.GetValue<string>().Should().Contain("cutover runbook").And.Contain("Maria Lopez").And.Contain("2026-12-04");
        agenda[1]!["link"]!.GetValue<string>().Should().Be(unfinished["createdKey"]!.GetValue<string>());
        (await OkAsync(await work.Client.GetAsync(Path(first))))["nextInSeries"]!.GetValue<string>().Should().Be(next["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Minutes_AndIcs_DescribeTheMeeting()
    {
        var work = await NewProjectAsync(app);
        var meeting = await SteeringAsync(work);
        var risk = (await SuggestionsAsync(work, meeting)).Single(s => s["kind"]!.GetValue<string>() == "risk");
        await OkAsync(await work.Client.PostAsync($"{Path(meeting)}/suggestions/{risk["id"]}/reject", null));

        var minutes = await work.Client.GetAsync($"{Path(meeting)}/minutes");
        minutes.StatusCode.Should().Be(HttpStatusCode.OK);
        minutes.Content.Headers.ContentType!.MediaType.Should().Be("text/markdown");
        var md = await minutes.Content.ReadAsStringAsync();
        md.Should().StartWith("# Minutes: Steering committee").And.Contain("Maria Lopez").And.Contain("## Key points").And.Contain("## Decisions")
            .And.Contain("blue-green").And.Contain("## Actions").And.Contain("due Fri 4 Dec 2026").And.Contain("No risks were raised.");
        md.Should().Contain("replication lag", "the status line is a key point");

        var ics = await work.Client.GetAsync($"{Path(meeting)}/ics");
        ics.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        var text = await ics.Content.ReadAsStringAsync();
        text.Should().Contain("BEGIN:VEVENT").And.Contain("DTSTART:20261130T103000").And.Contain("DTEND:20261130T113000")
            .And.Contain("mailto:maria@vendor.example").And.Contain($"UID:{meeting["id"]}@tpmhub");
    }

    [Fact]
    public async Task BadInput_IsRefusedByFieldAndNothingIsSaved()
    {
        var work = await NewProjectAsync(app);
        var other = await NewProjectAsync(app);
        var stranger = await StakeholderAsync(other, "Elsewhere", "e@x.example");
        var huge = new string('a', 1024 * 1024 + 1);

        (await ErrorsAsync(await work.Client.PostAsJsonAsync(List(work), new { title = "T", type = "standup", date = MeetingDate, notes = huge }))).Should().ContainKey("notes");
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(List(work), new { title = "T", date = MeetingDate, attendees = new[] { new { userId = "nobody" } } })))
            .Should().ContainKey("attendees[0].userId");
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(List(work), new { title = "T", date = MeetingDate, attendees = new[] { new { stakeholderId = stranger } } })))
            .Should().ContainKey("attendees[0].stakeholderId");
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(List(work), new { title = "T", date = MeetingDate, attendees = new[] { new { name = "X", email = "not-an-email" } } })))
            .Should().ContainKey("attendees[0].email");
        var errors = await ErrorsAsync(await work.Client.PostAsJsonAsync(List(work), new { title = "", type = "party", date = "30/11/2026", time = "25:00", durationMinutes = 0 }));
        errors.Keys.Should().Contain(["title", "type", "date", "time", "durationMinutes"]);
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(List(work), new { title = "T", date = MeetingDate, agenda = new[] { new { text = "x", link = "NOPE-1" } } })))
            .Should().ContainKey("agenda[0].link");
        (await ErrorsAsync(await work.Client.PostAsJsonAsync(List(work), new { title = "T", date = MeetingDate, seriesId = Guid.NewGuid() }))).Should().ContainKey("seriesId");

        (await work.Client.GetFromJsonAsync<JsonArray>(List(work)))!.Should().BeEmpty();
    }

    [Fact]
    public async Task EveryMeetingRoute_StakeholderReadsButCannotWrite_OutsiderGets404_AnonymousGets401()
    {
        var work = await NewProjectAsync(app);
        var meeting = await SteeringAsync(work);
        var suggestion = (await SuggestionsAsync(work, meeting))[0];
        var stakeholder = await work.MemberClientAsync(ProjectRole.Stakeholder);
        var (_, outsider) = await app.SignedInAsync(ProjectRole.TeamLead);
        var anonymous = app.CreateClient();
        var body = $$"""{"title":"X","date":"{{MeetingDate}}","version":{{meeting["version"]}}}""";
        (string Method, string Path, string? Body)[] routes =
        [
            ("GET", List(work), null),
            ("POST", List(work), body),
            ("GET", Path(meeting), null),
            ("PUT", Path(meeting), body),
            ("POST", $"{Path(meeting)}/next", null),
            ("GET", $"{Path(meeting)}/suggestions", null),
            ("POST", Accept(meeting, suggestion), "{}"),
            ("POST", $"{Path(meeting)}/suggestions/{suggestion["id"]}/reject", null),
            ("GET", $"{Path(meeting)}/minutes", null),
            ("GET", $"{Path(meeting)}/ics", null),
            ("DELETE", Path(meeting), null),
        ];
        var before = await work.Client.GetStringAsync($"{Path(meeting)}/suggestions");

        await RouteRoles.AssertAsync(routes, stakeholder, outsider, anonymous);

        (await work.Client.GetStringAsync($"{Path(meeting)}/suggestions")).Should().Be(before);
        (await work.Client.GetFromJsonAsync<JsonArray>(List(work)))!.Should().ContainSingle();
    }

    [Fact]
    public async Task DeletingAMeetingThenTheProject_KeepsTheNextAgendaAndThenRemovesEverything()
    {
        var work = await NewProjectAsync(app);
        var first = await SteeringAsync(work);
        var action = (await SuggestionsAsync(work, first)).First(s => s["kind"]!.GetValue<string>() == "action");
        var ticket = await CreatedAsync(await work.Client.PostAsync(Accept(first, action), null));
        var next = await CreatedAsync(await work.Client.PostAsync($"{Path(first)}/next", null));
        next["agenda"]!.AsArray().Should().NotBeEmpty();

        (await work.Client.DeleteAsync(Path(first))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var after = await OkAsync(await work.Client.GetAsync(Path(next)));
        after["agenda"]!.AsArray().Select(a => a!["text"]!.GetValue<string>()).Should().Equal(next["agenda"]!.AsArray().Select(a => a!["text"]!.GetValue<string>()));
        after["previousInSeries"].Should().BeNull();
        (await work.Client.GetAsync($"/api/v1/work-items/{ticket["createdKey"]}")).StatusCode.Should().Be(HttpStatusCode.OK, "items created from a meeting stay");

        var (_, admin) = await app.SignedInAsync(ProjectRole.Admin);
        (await admin.DeleteAsync($"/api/v1/projects/{work.ProjectKey}?confirm={work.ProjectKey}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await admin.GetAsync(Path(next))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static string List(WorkApi work) => $"/api/v1/projects/{work.ProjectKey}/meetings";

    private static string Path(JsonObject meeting) => $"/api/v1/meetings/{meeting["id"]}";

    private static string Accept(JsonObject meeting, JsonNode suggestion) => $"{Path(meeting)}/suggestions/{suggestion["id"]}/accept";

    private static object[] Attendees(WorkApi work) =>
    [
        new { userId = work.Lead.Id },
        new { name = "Maria Lopez", email = "maria@vendor.example" },
        new { name = "Raj Patel", email = "raj@corp.example", handle = "raj" },
    ];

    private static async Task<JsonObject> SteeringAsync(WorkApi work, string notes = SteeringNotes) =>
        await CreatedAsync(await work.Client.PostAsJsonAsync(List(work), new
        {
            title = "Steering committee", type = "steeringCommittee", date = MeetingDate, time = "10:30", attendees = Attendees(work), notes,
        }));

    private static async Task<List<JsonNode>> SuggestionsAsync(WorkApi work, JsonObject meeting) =>
        (await work.Client.GetFromJsonAsync<JsonArray>($"{Path(meeting)}/suggestions"))!.Select(s => s!).ToList();

    private static async Task<string> StakeholderAsync(WorkApi work, string name, string email) =>
        (await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/stakeholders", new
        {
            name, organisation = "Org", title = "", email, power = 4, interest = 4, engagement = "neutral", desiredEngagement = "supportive", strategy = "", preferences = "",
        })))["id"]!.GetValue<string>();
}
