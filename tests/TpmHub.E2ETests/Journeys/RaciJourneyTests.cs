using Microsoft.Playwright;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

[Collection(BrowserAppCollection.Name)]
public sealed class RaciJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Lead_FixesTheGapByCyclingACell_AndTheProblemDisappears()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: "/projects/CLD?tab=raci");
        await page.WaitForInteractiveAsync();
        var row = page.GetByTestId("raci-row-CLD-12");
        await Assertions.Expect(row.GetByTestId("raci-problem")).ToHaveTextAsync("⚠ No one is accountable for CLD-12 Co-location exit");
        await Assertions.Expect(page.GetByTestId("raci-summary")).ToContainTextAsync("1 row needs attention");
        await page.ShotAsync("raci-lead");

        // empty → R with a click, R → A from the keyboard.
        await page.GetByRole(AriaRole.Button, new() { Name = "CLD-12 Co-location exit, Helen Okafor: empty" }).ClickAsync();
        var responsible = page.GetByRole(AriaRole.Button, new() { Name = "CLD-12 Co-location exit, Helen Okafor: R" });
        await Assertions.Expect(responsible).ToHaveTextAsync("R");
        await Assertions.Expect(row.GetByTestId("raci-problem")).ToHaveCountAsync(1);
        await responsible.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "CLD-12 Co-location exit, Helen Okafor: A" })).ToHaveTextAsync("A");
        await Assertions.Expect(row.GetByTestId("raci-problem")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("raci-summary")).ToContainTextAsync("Every row has one accountable");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "CLD-12 Co-location exit, Helen Okafor: A" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Stakeholder_SeesTheMatrixWithoutAClickableCell()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.StakeholderEmail, path: "/projects/CLD?tab=raci");
        await page.WaitForInteractiveAsync();
        var matrix = page.GetByTestId("raci-matrix");

        await Assertions.Expect(page.GetByTestId("raci-row-CLD-6")).ToContainTextAsync("Pilot sign-off");
        await Assertions.Expect(matrix.GetByRole(AriaRole.Columnheader, new() { Name = "Helen Okafor" })).ToBeVisibleAsync();
        await Assertions.Expect(matrix.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
    }
}
