using Microsoft.Playwright;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

/// <summary>Issue 12's done-when: a lead pastes steering committee notes, accepts the suggestions into a ticket, the decision log and
/// the RAID log, rejects one, and the next meeting of the series carries the open action.</summary>
[Collection(BrowserAppCollection.Name)]
public sealed class MeetingJourneyTests(BrowserApp app)
{
    private const string Notes = """
        ## Status
        Wave 3 discovery finished; 38 workloads in scope.

        ## Actions
        - ACTION: Maria to send the wave 3 runbook to the CAB by 2027-01-08
        - ACTION: Maria to book the war room for the cutover weekend by 2027-01-15

        DECISION: We will run the wave 3 cutover over two weekends.
        RISK: The payroll batch could overrun the cutover window.
        RISK: The vendor's SOC 2 report may arrive after the go-live.
        """;

    [Fact]
    public async Task Lead_PastesSteeringNotes_AcceptsIntoTicketDecisionAndRaid_AndTheNextMeetingCarriesTheOpenAction()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: "/projects/CLD?tab=meetings");
        await Assertions.Expect(page.GetByTestId("meeting-table")).ToContainTextAsync("Landing zone network design review");
        await page.ShotAsync("meetings-tab");

        await page.GetByRole(AriaRole.Button, new() { Name = "New meeting" }).ClickAsync();
        await page.Locator("#meeting-title").FillAsync("Wave 3 steering committee");
        await page.GetByTestId("meeting-form").GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("meeting-title")).ToHaveTextAsync("Wave 3 steering committee");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("meeting-attendees")).ToContainTextAsync("Jordan Lee");

        await page.Locator("#guest-name").FillAsync("Maria Lopez");
        await page.Locator("#guest-email").FillAsync("maria@partner.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add guest" }).ClickAsync();
        await page.Locator("#meeting-notes-input").FillAsync(Notes);
        await page.GetByTestId("meeting-save").ClickAsync();

        var suggestions = page.GetByTestId("meeting-suggestions");
        var actions = suggestions.Locator("[data-kind=action]");
        await Assertions.Expect(actions).ToHaveCountAsync(2);
        await Assertions.Expect(suggestions.Locator("[data-kind=decision]")).ToHaveCountAsync(1);
        await Assertions.Expect(suggestions.Locator("[data-kind=risk]")).ToHaveCountAsync(2);
        var fields = await actions.First.EvaluateAsync<string[]>("card => [...card.querySelectorAll('input')].map(i => i.value)");
        fields.Should().Contain(["Maria Lopez", "2027-01-08"], "the owner and due date are recognised and offered for editing");
        await page.ShotAsync("meeting-suggestions");

        await actions.First.GetByRole(AriaRole.Button, new() { Name = "Create work item" }).ClickAsync();
        var ticket = actions.First.GetByTestId("suggestion-created");
        await Assertions.Expect(ticket).ToContainTextAsync("CLD-");
        var ticketKey = (await ticket.TextContentAsync())!.Trim();
        await suggestions.Locator("[data-kind=decision]").GetByRole(AriaRole.Button, new() { Name = "Log decision" }).ClickAsync();
        await Assertions.Expect(suggestions.Locator("[data-kind=decision] [data-testid=suggestion-created]")).ToContainTextAsync("CLD-D");
        // Open suggestions show their text in an editable field, so cards are told apart by their order in the notes.
        var payroll = suggestions.Locator("[data-kind=risk]").Nth(0);
        await payroll.GetByRole(AriaRole.Button, new() { Name = "Add to RAID" }).ClickAsync();
        await Assertions.Expect(payroll.GetByTestId("suggestion-created")).ToContainTextAsync("CLD-R");
        await Assertions.Expect(payroll).ToContainTextAsync("payroll batch");
        var soc = suggestions.Locator("[data-kind=risk]").Nth(1);
        await soc.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Assertions.Expect(soc).ToHaveAttributeAsync("data-state", "rejected");

        await suggestions.Locator("[data-kind=decision]").GetByText("Show in notes").ClickAsync();
        await Assertions.Expect(page.GetByTestId("active-mark")).ToContainTextAsync("two weekends");
        await page.ShotAsync("meeting-accepted");

        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule next" }).ClickAsync();
        var agenda = page.GetByTestId("meeting-agenda");
        await Assertions.Expect(agenda.Locator("li[data-carried=true]")).ToHaveCountAsync(2);
        await Assertions.Expect(agenda).ToContainTextAsync("book the war room");
        await Assertions.Expect(agenda.GetByRole(AriaRole.Link, new() { Name = ticketKey })).ToHaveAttributeAsync("href", $"/work-items/{ticketKey}");
        await page.ShotAsync("meeting-next");

        await page.GotoAsync($"/work-items/{ticketKey}");
        await Assertions.Expect(page.GetByTestId("item-due")).ToHaveTextAsync("2027-01-08");
    }

    [Fact]
    public async Task Stakeholder_ReadsTheMeetingAndItsMinutes_WithoutAnyWay_ToChangeThem()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.StakeholderEmail, path: "/projects/CLD?tab=meetings");
        await page.GetByTestId("meeting-table").GetByRole(AriaRole.Link, new() { Name = "Landing zone network design review" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("meeting-suggestions")).ToContainTextAsync("Network Firewall");
        await Assertions.Expect(page.GetByTestId("meeting-save")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Create work item" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Minutes" }).ClickAsync();
        var minutes = page.GetByTestId("minutes");
        await Assertions.Expect(minutes).ToContainTextAsync("Minutes: Landing zone network design review");
        await Assertions.Expect(minutes).ToContainTextAsync("Use AWS Network Firewall");
        await page.ShotAsync("meeting-minutes");
    }
}
