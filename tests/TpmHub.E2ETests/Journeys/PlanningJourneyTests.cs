using Microsoft.Playwright;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Data;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

/// <summary>A lead plans in the browser: adds items, links them, sees the critical path, refuses a cycle, baselines and slips.</summary>
[Collection(BrowserAppCollection.Name)]
public sealed class PlanningJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Lead_PlansLinksBaselinesAndSlips_SeesCriticalPathCycleRefusalAndVariance()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: "/projects/NET?tab=work");

        var build = await AddItemAsync(page, "Rack new core switches", "5");
        var cutover = await AddItemAsync(page, "Cut over site A", "3");
        await page.ShotAsync("work-list");

        // Link: the cut-over comes after the build (FS).
        await page.GotoAsync($"/work-items/{cutover}");
        await page.WaitForInteractiveAsync();
        await page.Locator("#link-other").FillAsync(build);
        await page.GetByRole(AriaRole.Button, new() { Name = "Link", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("item-links")).ToContainTextAsync(build);
        await Assertions.Expect(page.GetByTestId("item-critical")).ToBeVisibleAsync();
        await page.ShotAsync("work-item");

        // A link back from the build to the cut-over would close a cycle: refused, with the cycle named.
        await page.GotoAsync($"/work-items/{build}");
        await page.WaitForInteractiveAsync();
        await page.Locator("#link-other").FillAsync(cutover);
        await page.GetByRole(AriaRole.Button, new() { Name = "Link", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText($"This link would create a cycle: {cutover} → {build} → {cutover}.")).ToBeVisibleAsync();
        await page.ShotAsync("work-item-cycle");

        // Baseline the plan, slip the build by three days, and see the variance.
        await page.GotoAsync("/projects/NET?tab=baselines");
        await page.WaitForInteractiveAsync();
        await page.Locator("#baseline-name").FillAsync("Approved plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save baseline" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("finish-variance")).ToContainTextAsync("variance 0");

        await page.GotoAsync($"/work-items/{build}");
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        var duration = page.GetByRole(AriaRole.Dialog).GetByLabel("Duration (working days)");
        await duration.FillAsync("8");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);

        await page.GotoAsync("/projects/NET?tab=baselines");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("finish-variance")).ToContainTextAsync("variance +3 d");
        await Assertions.Expect(page.GetByTestId("variance-table").GetByRole(AriaRole.Row).Filter(new() { HasText = cutover })).ToContainTextAsync("+3 d");
        await page.ShotAsync("baseline-variance");

        await page.GotoAsync("/projects/NET?tab=schedule");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("schedule-health")).ToContainTextAsync("3 working days behind baseline \"Approved plan\"");
        await Assertions.Expect(page.GetByTestId("critical-path")).ToContainTextAsync($"{build} → {cutover}");
        await Assertions.Expect(page.GetByTestId("project-schedule-health")).ToContainTextAsync("Schedule: Amber");
        await page.ShotAsync("schedule");
    }

    [Fact]
    public async Task Stakeholder_SeesTheWorkButNoPlanningControls()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.StakeholderEmail, path: "/projects/CLD?tab=work");

        await Assertions.Expect(page.GetByTestId("work-list")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("new-work-item")).ToHaveCountAsync(0);
        await page.GotoAsync("/projects/CLD?tab=baselines");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save baseline" })).ToHaveCountAsync(0);
    }

    private static async Task<string> AddItemAsync(IPage page, string title, string days)
    {
        await page.GetByTestId("new-work-item").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Title").FillAsync(title);
        await dialog.GetByLabel("Duration (working days)").FillAsync(days);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        var row = page.GetByTestId("work-list").GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Assertions.Expect(row).ToBeVisibleAsync();
        return (await row.GetByRole(AriaRole.Link).First.InnerTextAsync()).Trim();
    }
}
