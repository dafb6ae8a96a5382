using Microsoft.Playwright;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

[Collection(BrowserAppCollection.Name)]
public sealed class CommunicationAndDecisionJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Lead_SeesTheOverdueCommunication_AddsOne_AndMarksTheOverdueOneSent()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: "/projects/CLD?tab=communications");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("project-communications-overdue")).ToContainTextAsync("1 communication overdue");
        var table = page.GetByTestId("communication-table");
        var overdue = table.Locator("tr[data-overdue=true]");
        await Assertions.Expect(overdue).ToHaveCountAsync(1);
        await Assertions.Expect(overdue).ToContainTextAsync("CFO budget review");
        await Assertions.Expect(overdue).ToContainTextAsync("Overdue since");
        await page.ShotAsync("communications-lead");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add communication" }).ClickAsync();
        var form = page.GetByTestId("communication-form");
        await form.GetByLabel("Channel").FillAsync("Slack #cld");
        await form.GetByLabel("What").FillAsync("Daily cutover stand-up notes");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Assertions.Expect(form).ToContainTextAsync("Say who it is for");
        await page.Locator("#communication-audience").FillAsync("Cutover squad");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Assertions.Expect(table).ToContainTextAsync("Cutover squad");

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark sent: CFO budget review" }).ClickAsync();
        await Assertions.Expect(table.Locator("tr[data-overdue=true]")).ToHaveCountAsync(0);
        await Assertions.Expect(table.Locator("tr", new() { HasText = "CFO budget review" })).ToContainTextAsync("Last sent");
        await Assertions.Expect(page.GetByTestId("project-communications-overdue")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Lead_ReadsTheDecisionLog_AndLogsADecisionAfterFixingAnUnknownLink()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: "/projects/CLD?tab=decisions");
        await page.WaitForInteractiveAsync();
        var table = page.GetByTestId("decision-table");
        var lift = table.Locator("tr", new() { HasText = "Lift-and-shift the ERP database" });
        await Assertions.Expect(lift).ToContainTextAsync("Superseded by");
        await Assertions.Expect(lift).ToContainTextAsync("Re-platform the ERP database");
        await Assertions.Expect(table.Locator("tr", new() { HasText = "Use AWS Direct Connect" }).GetByRole(AriaRole.Link, new() { Name = "CLD-R6" }))
            .ToHaveAttributeAsync("href", "/raid/CLD-R6");
        await page.ShotAsync("decisions-lead");

        await page.GetByRole(AriaRole.Button, new() { Name = "Log decision" }).ClickAsync();
        var form = page.GetByTestId("decision-form");
        await page.Locator("#decision-title").FillAsync("Keep the batch scheduler on-premises until wave 3");
        await form.GetByLabel("Decision", new() { Exact = true }).FillAsync("Run the batch scheduler on-premises and call AWS jobs through its agent.");
        await page.Locator("#decision-links").FillAsync("CLD-10, CLD-999");
        await form.GetByRole(AriaRole.Button, new() { Name = "Log it" }).ClickAsync();
        await Assertions.Expect(form).ToContainTextAsync("No work item or RAID entry CLD-999");
        await page.Locator("#decision-links").FillAsync("CLD-10");
        await form.GetByRole(AriaRole.Button, new() { Name = "Log it" }).ClickAsync();
        var logged = table.Locator("tr", new() { HasText = "Keep the batch scheduler on-premises" });
        await Assertions.Expect(logged).ToContainTextAsync("Proposed");
        await Assertions.Expect(logged.GetByRole(AriaRole.Link, new() { Name = "CLD-10" })).ToHaveAttributeAsync("href", "/work-items/CLD-10");
    }

    [Fact]
    public async Task Stakeholder_SeesThePlanAndTheLogReadOnly()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.StakeholderEmail, path: "/projects/CLD?tab=decisions");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("decision-table")).ToContainTextAsync("Use AWS Direct Connect");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log decision" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Edit CLD-D1" })).ToHaveCountAsync(0);

        await page.GotoAsync("/projects/CLD?tab=communications");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("communication-table")).ToContainTextAsync("Steering committee");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add communication" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mark sent: Steering committee" })).ToHaveCountAsync(0);
    }
}
