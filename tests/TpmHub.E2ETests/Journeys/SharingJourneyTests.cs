using Microsoft.Playwright;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

/// <summary>Issue 11's "done when": a link opens the read-only dashboard in a fresh browser without an account and dies when revoked; a stakeholder lands on the same dashboard with no edit control.</summary>
[Collection(BrowserAppCollection.Name)]
public sealed class SharingJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Lead_SendsAPasswordLink_AFreshBrowserOpensTheDashboard_RevokedLinkIsDead()
    {
        var lead = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: "/projects/CLD?tab=sharing");
        var form = lead.GetByTestId("share-link-form");
        await form.GetByLabel("Password (optional)").FillAsync("board-pack-2026");
        await form.GetByLabel("For whom (optional)").FillAsync("Board pack");
        await form.GetByRole(AriaRole.Button, new() { Name = "Create link" }).ClickAsync();
        var url = (await lead.GetByTestId("share-link-url").TextContentAsync())!.Trim();
        url.Should().StartWith(app.BaseUrl.TrimEnd('/') + "/share/");
        await lead.ShotAsync("share-links-lead");

        var outsider = await app.NewPageAsync();
        await outsider.GotoAsync(url);
        await outsider.GetByLabel("Password").FillAsync("board-pack-2026");
        await outsider.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();
        var dashboard = outsider.GetByTestId("dashboard");
        await Assertions.Expect(dashboard).ToContainTextAsync("Data centre exit to AWS");
        await Assertions.Expect(dashboard).ToContainTextAsync("How it is going");
        await Assertions.Expect(outsider.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Assertions.Expect(outsider.Locator("a[href^='/projects']")).ToHaveCountAsync(0);
        await outsider.ShotAsync("share-dashboard");

        // The latest published report opens from the dashboard, still without an account.
        await dashboard.GetByTestId("dashboard-report").GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(outsider.GetByTestId("status-report-state")).ToContainTextAsync("Published");
        await Assertions.Expect(outsider.GetByTestId("status-report")).ToContainTextAsync("Status report");
        await outsider.ShotAsync("share-report");
        await outsider.GoBackAsync();
        await Assertions.Expect(lead.GetByTestId("share-link-row").Filter(new() { HasText = "Board pack" })).ToContainTextAsync("active");

        await lead.GetByTestId("share-link-row").Filter(new() { HasText = "Board pack" }).GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await lead.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("share-link-row").Filter(new() { HasText = "Board pack" })).ToContainTextAsync("revoked");

        var again = await outsider.GotoAsync(url);
        again!.Status.Should().Be(404);
        await Assertions.Expect(outsider.GetByTestId("share-gone")).ToContainTextAsync("This link is no longer valid");
    }

    [Fact]
    public async Task Stakeholder_OpensAProjectFromThePortfolio_LandsOnItsDashboardWithNoEditControl()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.StakeholderEmail);
        await page.GetByTestId("portfolio-grid").GetByRole(AriaRole.Link, new() { Name = "CLD" }).ClickAsync();
        await page.WaitForURLAsync("**/projects/CLD/dashboard");
        var dashboard = page.GetByTestId("dashboard");
        await Assertions.Expect(dashboard).ToContainTextAsync("When it will finish");
        await Assertions.Expect(dashboard.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Override…" })).ToHaveCountAsync(0);
        await page.ShotAsync("dashboard-stakeholder");
    }

    [Fact]
    public async Task Lead_OverridesTheComputedHealthWithAReason_ThenReturnsToTheComputedRating()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: "/projects/PAY");
        var card = page.GetByTestId("health-card");
        await Assertions.Expect(card.GetByTestId("health-parts")).ToContainTextAsync("Risk");
        await card.GetByRole(AriaRole.Button, new() { Name = "Override…" }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Save override" }).ClickAsync();
        await Assertions.Expect(card).ToContainTextAsync("Say why you override");
        await card.GetByLabel("Why (shown beside the rating)").FillAsync("Regulator moved the SEPA Instant deadline forward.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Save override" }).ClickAsync();
        await Assertions.Expect(card.GetByTestId("health-override")).ToContainTextAsync("Regulator moved the SEPA Instant deadline forward.");
        await page.ShotAsync("health-override");

        await card.GetByRole(AriaRole.Button, new() { Name = "Use the computed rating" }).ClickAsync();
        await Assertions.Expect(card.GetByTestId("health-override")).ToHaveCountAsync(0);
    }
}
