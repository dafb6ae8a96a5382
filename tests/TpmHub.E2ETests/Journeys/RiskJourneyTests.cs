using System.Globalization;
using Microsoft.Playwright;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Data;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

/// <summary>
/// A lead's weekly risk review in the browser: add a risk, find it in its heat-map cell, reassess it, watch the cell
/// counts and the exposure trend move, and turn the realised risk into an issue. Tests share one database, so every
/// count is read before and compared after.
/// </summary>
[Collection(BrowserAppCollection.Name)]
public sealed class RiskJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Lead_AddsReassessesAndConvertsARisk_HeatMapAndTrendFollow()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail);
        await OpenRaidTabAsync(page, "NET");
        var before45 = await CountAsync(page, 4, 5);
        var before23 = await CountAsync(page, 2, 3);
        var (scoreBefore, exposureBefore) = await TrendAsync(page);

        // Add a risk through the dialog: P4 × I5 = 20 (critical), cost impact 100,000 → exposure 70% × 100,000.
        var title = $"Carrier misses the circuit date {Guid.NewGuid():N}"[..40];
        await page.GetByTestId("new-raid-entry").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Title").FillAsync(title);
        await dialog.GetByLabel("Category", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Vendor", Exact = true }).ClickAsync();
        await dialog.GetByLabel("Probability", new() { Exact = true }).FillAsync("4");
        await dialog.GetByLabel("Impact", new() { Exact = true }).FillAsync("5");
        await dialog.GetByLabel("Cost impact (GBP)").FillAsync("100000");
        await dialog.GetByLabel("Mitigation plan").FillAsync("Order a second circuit from another carrier; weekly calls with the carrier's PM.");
        // The preview follows the fields through the circuit; on two busy cores a round trip can take seconds.
        await Assertions.Expect(dialog.GetByTestId("raid-score-preview")).ToContainTextAsync("20 critical", new() { Timeout = 20_000 });
        await page.ShotAsync("raid-new-risk-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);

        await Assertions.Expect(page.GetByTestId("heat-4-5")).ToHaveAttributeAsync("data-count", Text(before45 + 1));
        await Assertions.Expect(page.GetByTestId("trend-latest")).ToHaveAttributeAsync("data-total-score", Text(scoreBefore + 20));
        await Assertions.Expect(page.GetByTestId("trend-latest")).ToHaveAttributeAsync("data-exposure", Money(exposureBefore + 70_000m));

        // Clicking the cell lists its risks; clicking it again clears the filter.
        var row = page.GetByTestId("raid-list").GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await page.GetByTestId("heat-4-5").ClickAsync();
        await Assertions.Expect(page.GetByTestId("raid-cell-filter")).ToContainTextAsync("P4 × I5");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row).ToContainTextAsync("20 critical");
        await Assertions.Expect(page.GetByTestId("raid-list").Locator("tbody tr")).ToHaveCountAsync(before45 + 1);
        await page.ShotAsync("raid-tab-cell-filter");
        await page.GetByTestId("heat-4-5").ClickAsync();
        await Assertions.Expect(page.GetByTestId("raid-cell-filter")).ToHaveCountAsync(0);
        var key = (await row.GetByRole(AriaRole.Link).First.InnerTextAsync()).Trim();
        key.Should().MatchRegex(@"^NET-R\d+$");

        // The CSV export (the API, signed by the cookie) carries the new risk.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("raid-export").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        csv.Should().Contain(key).And.Contain(title);

        // Reassess on the risk's page: mitigation brings it down to P2 × I3 = 6.
        await row.GetByRole(AriaRole.Link, new() { Name = key }).ClickAsync();
        await page.WaitForURLAsync($"**/raid/{key}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{key} {title}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("raid-rating")).ToContainTextAsync("4 × 5 = 20 (critical)");
        await Assertions.Expect(page.GetByTestId("raid-exposure")).ToHaveTextAsync("70,000 GBP");
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByLabel("Probability", new() { Exact = true })).ToHaveValueAsync("4");
        await dialog.GetByLabel("Probability", new() { Exact = true }).FillAsync("2");
        await dialog.GetByLabel("Impact", new() { Exact = true }).FillAsync("3");
        await Assertions.Expect(dialog.GetByTestId("raid-score-preview")).ToContainTextAsync("6 medium");
        // A residual rating above the inherent one is refused with the field named, and nothing is saved.
        await dialog.GetByLabel("Residual probability", new() { Exact = true }).FillAsync("5");
        await dialog.GetByLabel("Residual impact", new() { Exact = true }).FillAsync("5");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(dialog.GetByText("The residual score (25) cannot be above the inherent score (6): mitigation lowers a risk.")).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByTestId("raid-form-error")).ToContainTextAsync("Nothing was saved");
        await page.ShotAsync("raid-edit-field-error");
        await dialog.GetByLabel("Residual probability", new() { Exact = true }).FillAsync("1");
        await dialog.GetByLabel("Residual impact", new() { Exact = true }).FillAsync("3");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("raid-rating")).ToContainTextAsync("2 × 3 = 6 (medium)");
        await Assertions.Expect(page.GetByTestId("raid-residual")).ToContainTextAsync("1 × 3 = 3 low");
        await Assertions.Expect(page.GetByTestId("raid-exposure")).ToHaveTextAsync("30,000 GBP");
        await Assertions.Expect(page.GetByTestId("raid-history").GetByRole(AriaRole.Row)).ToHaveCountAsync(3); // header + created + reassessed
        await page.ShotAsync("raid-risk-page");

        await OpenRaidTabAsync(page, "NET");
        await Assertions.Expect(page.GetByTestId("heat-4-5")).ToHaveAttributeAsync("data-count", Text(before45));
        await Assertions.Expect(page.GetByTestId("heat-2-3")).ToHaveAttributeAsync("data-count", Text(before23 + 1));
        await Assertions.Expect(page.GetByTestId("trend-latest")).ToHaveAttributeAsync("data-total-score", Text(scoreBefore + 6));
        await Assertions.Expect(page.GetByTestId("trend-latest")).ToHaveAttributeAsync("data-exposure", Money(exposureBefore + 30_000m));
        await page.ShotAsync("raid-tab");

        // Residual: the map and the cell filter use the ratings after mitigation, where the risk sits at P1 × I3.
        var inherent13 = await CountAsync(page, 1, 3);
        await page.GetByTestId("heat-residual").ClickAsync();
        await Assertions.Expect(page.GetByTestId("heat-1-3")).ToHaveAttributeAsync("data-count", Text(inherent13 + 1));
        await Assertions.Expect(page.GetByTestId("heat-2-3")).ToHaveAttributeAsync("data-count", Text(before23));
        await page.GetByTestId("heat-1-3").ClickAsync();
        await Assertions.Expect(page.GetByTestId("raid-cell-filter")).ToContainTextAsync("P1 × I3 (residual)");
        await Assertions.Expect(page.GetByTestId("raid-list").GetByRole(AriaRole.Row).Filter(new() { HasText = title })).ToBeVisibleAsync();
        await page.ShotAsync("raid-tab-residual");

        // The risk happens: convert it to an issue, which points back at the risk.
        await page.GotoAsync($"/raid/{key}");
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Convert to issue" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Convert to issue" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith($"/raid/{key}", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("raid-kind")).ToHaveTextAsync("Issue");
        await Assertions.Expect(page.GetByTestId("raid-source-risk")).ToContainTextAsync($"realised risk {key}");
        await Assertions.Expect(page.GetByTestId("raid-source-risk").GetByRole(AriaRole.Link, new() { Name = key })).ToBeVisibleAsync();
        await page.ShotAsync("raid-issue-page");

        await page.GetByTestId("raid-source-risk").GetByRole(AriaRole.Link, new() { Name = key }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("raid-status")).ToHaveTextAsync("Realised");
        await Assertions.Expect(page.GetByTestId("raid-raised-issue")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Convert to issue" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Stakeholder_ReadsTheRaidLogButGetsNoEditControls()
    {
        // The lead adds two typical cloud-migration risks to CLD from the templates.
        var lead = await app.SignedInPageAsync(DemoSeeder.LeadEmail);
        await OpenRaidTabAsync(lead, "CLD");
        await lead.GetByTestId("raid-templates").ClickAsync();
        var dialog = lead.GetByRole(AriaRole.Dialog);
        await dialog.GetByTestId("template-cld-data-loss").GetByRole(AriaRole.Checkbox).CheckAsync();
        await dialog.GetByTestId("template-cld-lockin").GetByRole(AriaRole.Checkbox).CheckAsync();
        await Assertions.Expect(dialog.GetByTestId("raid-templates-add")).ToHaveTextAsync("Add 2 risks");
        await lead.ShotAsync("raid-templates-dialog");
        await dialog.GetByTestId("raid-templates-add").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        var row = lead.GetByTestId("raid-list").GetByRole(AriaRole.Row).Filter(new() { HasText = "Data loss or corruption during cutover" }).First;
        await Assertions.Expect(row).ToBeVisibleAsync();
        var key = (await row.GetByRole(AriaRole.Link).First.InnerTextAsync()).Trim();
        key.Should().MatchRegex(@"^CLD-R\d+$");

        var page = await app.SignedInPageAsync(DemoSeeder.StakeholderEmail);
        await Assertions.Expect(page.GetByTestId("portfolio-top-risks")).ToContainTextAsync(key);
        await Assertions.Expect(page.GetByTestId("portfolio-heat-2-5")).Not.ToHaveAttributeAsync("data-count", "0");
        await page.ShotAsync("portfolio-risks");

        await OpenRaidTabAsync(page, "CLD");
        await Assertions.Expect(page.GetByTestId("raid-list")).ToContainTextAsync(key);
        await Assertions.Expect(page.GetByTestId("new-raid-entry")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("raid-templates")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("raid-export")).ToBeVisibleAsync();
        await page.ShotAsync("raid-tab-stakeholder");

        await page.GotoAsync($"/raid/{key}");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{key} Data loss or corruption during cutover" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("raid-rating")).ToContainTextAsync("2 × 5 = 10 (high)");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Edit" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Convert to issue" })).ToHaveCountAsync(0);
        await page.ShotAsync("raid-risk-stakeholder");

        // A project the stakeholder is not a member of: its entries do not exist for them.
        await page.GotoAsync("/raid/NET-R1");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
    }

    private static async Task OpenRaidTabAsync(IPage page, string projectKey)
    {
        await page.GotoAsync($"/projects/{projectKey}?tab=raid");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("raid-list")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("trend-latest")).ToBeVisibleAsync();
    }

    private static async Task<int> CountAsync(IPage page, int probability, int impact) =>
        int.Parse((await page.GetByTestId($"heat-{probability}-{impact}").GetAttributeAsync("data-count"))!, CultureInfo.InvariantCulture);

    private static async Task<(int Score, decimal Exposure)> TrendAsync(IPage page)
    {
        var latest = page.GetByTestId("trend-latest");
        return (int.Parse((await latest.GetAttributeAsync("data-total-score"))!, CultureInfo.InvariantCulture),
            decimal.Parse((await latest.GetAttributeAsync("data-exposure"))!, CultureInfo.InvariantCulture));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
