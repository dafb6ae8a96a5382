using Microsoft.Playwright;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

[Collection(BrowserAppCollection.Name)]
public sealed class StatusReportJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Lead_GeneratesEditsAndPublishesAReport_AndItsPageShowsIt()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: "/projects/CLD?tab=reports");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("status-report-list")).ToContainTextAsync("published");

        await page.GetByRole(AriaRole.Button, new() { Name = "New report" }).ClickAsync();
        var form = page.GetByTestId("status-report-form");
        var to = await page.Locator("#report-period-end").InputValueAsync();
        await page.Locator("#report-period-start").FillAsync(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd"));
        await form.GetByRole(AriaRole.Button, new() { Name = "Generate draft" }).ClickAsync();
        await Assertions.Expect(form).ToContainTextAsync("periodEnd must be on or after periodStart");
        await page.Locator("#report-period-start").FillAsync(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture).AddDays(-6).ToString("yyyy-MM-dd"));
        await form.GetByRole(AriaRole.Button, new() { Name = "Generate draft" }).ClickAsync();

        var editor = page.GetByTestId("status-report-editor");
        await Assertions.Expect(editor.Locator("#report-narrative")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Executive summary"));
        await Assertions.Expect(page.GetByTestId("status-report")).ToContainTextAsync("The work that sets the end date is");
        await editor.Locator("#report-narrative").FillAsync("**Sponsor note:** the circuit is the only thing holding wave 1.");
        // The preview follows the typing after a debounce; on a busy machine that can take a few seconds.
        await Assertions.Expect(page.GetByTestId("status-report-preview").Locator("strong", new() { HasText = "Sponsor note:" }))
            .ToBeVisibleAsync(new() { Timeout = 15_000 });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save narrative" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status-report-narrative")).ToContainTextAsync("the only thing holding wave 1");

        await page.GetByTestId("status-report-actions").GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status-report-state")).ToContainTextAsync("Published");
        await Assertions.Expect(page.GetByTestId("status-report-editor")).ToHaveCountAsync(0);
        await page.ShotAsync("status-report-lead");

        await page.GetByTestId("status-report-actions").GetByRole(AriaRole.Link, new() { Name = "Open" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status-report-narrative")).ToContainTextAsync("the only thing holding wave 1");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Top risks" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print" })).ToBeVisibleAsync();
    }
}
