using Microsoft.Playwright;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

[Collection(BrowserAppCollection.Name)]
public sealed class StakeholderJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Lead_AddsAStakeholder_AndReratesOneByDraggingItOnTheGrid()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: "/projects/CLD?tab=stakeholders");
        await page.WaitForInteractiveAsync();
        var grid = page.GetByTestId("stakeholder-grid");
        await Assertions.Expect(grid.Locator("[data-power='5'][data-interest='4']")).ToContainTextAsync("Helen Okafor");
        await Assertions.Expect(page.GetByTestId("grid-Dmitri Volkov")).ToContainTextAsync("⚑");
        await page.ShotAsync("stakeholders-lead");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add stakeholder" }).ClickAsync();
        var form = page.GetByTestId("stakeholder-form");
        await page.Locator("#stakeholder-name").FillAsync("Grace Ho");
        await form.GetByLabel("Title").FillAsync("Head of Procurement");
        await form.GetByLabel("Email").FillAsync("not-an-email");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Assertions.Expect(form).ToContainTextAsync("is not an email address");
        await form.GetByLabel("Email").FillAsync("grace.ho@example.com");
        await form.GetByLabel("Power (1–5)").FillAsync("2");
        await form.GetByLabel("Interest (1–5)").FillAsync("4");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Assertions.Expect(grid.Locator("[data-power='2'][data-interest='4']")).ToContainTextAsync("Grace Ho");
        await Assertions.Expect(page.GetByTestId("stakeholder-table")).ToContainTextAsync("Keep informed");

        // Power grows: drag her up into "manage closely".
        await page.GetByTestId("grid-Grace Ho").DragToAsync(grid.Locator("[data-power='4'][data-interest='4']"));
        await Assertions.Expect(grid.Locator("[data-power='4'][data-interest='4']")).ToContainTextAsync("Grace Ho");
        await Assertions.Expect(page.GetByTestId("stakeholder-table").Locator("tr", new() { HasText = "Grace Ho" })).ToContainTextAsync("Manage closely");
    }

    [Fact]
    public async Task Stakeholder_SeesTheRegisterReadOnly()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.StakeholderEmail, path: "/projects/CLD?tab=stakeholders");
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.GetByTestId("stakeholder-table")).ToContainTextAsync("Helen Okafor");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add stakeholder" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Edit Helen Okafor" })).ToHaveCountAsync(0);
    }
}
