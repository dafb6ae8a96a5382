using Microsoft.Playwright;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

[Collection(BrowserAppCollection.Name)]
public sealed class PeopleJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Lead_AddsAPersonWithSkillsAndARate_GivesThemAPmp_LogsPdus_AndSeesTheExpiringDemoPmp()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: "/people");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("people-table")).ToContainTextAsync("Marcus Chen");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add person" }).ClickAsync();
        var name = "Ravi Shankar " + Guid.NewGuid().ToString("N")[..6];
        await page.Locator("#person-name").FillAsync(name);
        await page.Locator("#person-title").FillAsync("Data engineer");
        await page.Locator("#person-team").FillAsync("Data");
        await page.Locator("#person-rate").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add skill" }).ClickAsync();
        await page.Locator("#skill-name-0").FillAsync("Spark");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Add person" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("costRate is the cost of an hour");
        await page.Locator("#person-rate").FillAsync("98.5");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Add person" }).ClickAsync();
        var row = page.GetByTestId("people-table").Locator("tr", new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync("Spark 3");

        await row.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("person-rate")).ToContainTextAsync("98.50 USD");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add credential" }).ClickAsync();
        var form = page.GetByTestId("credential-form");
        await form.GetByLabel("Certification").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "PMP · Project Management Professional" }).ClickAsync();
        await page.Locator("#credential-id").FillAsync("PMP-" + Guid.NewGuid().ToString("N")[..7]);
        await form.GetByLabel("Earned on").FillAsync(DateTime.Today.AddYears(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByLabel("Earned on").PressAsync("Tab");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        var pmp = page.GetByTestId("credential-table").Locator("tr[data-certification=PMP]");
        await Assertions.Expect(pmp).ToContainTextAsync("Valid");
        await Assertions.Expect(pmp).ToContainTextAsync("0 of 60 PDUs · 60 needed");

        await page.GetByRole(AriaRole.Button, new() { Name = "Log units for PMP" }).ClickAsync();
        await page.Locator("#units-hours").FillAsync("12");
        await page.Locator("#units-activity").FillAsync("PMI chapter conference");
        await page.GetByTestId("units-form").GetByRole(AriaRole.Button, new() { Name = "Log", Exact = true }).ClickAsync();
        await Assertions.Expect(pmp).ToContainTextAsync("12 of 60 PDUs · 48 needed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Certifications" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        var holders = page.GetByTestId("certification-holders");
        var marcus = holders.Locator("tr", new() { HasText = "Marcus Chen" });
        await Assertions.Expect(marcus).ToContainTextAsync("PMP");
        await Assertions.Expect(marcus).ToContainTextAsync("Expiring soon");
        await Assertions.Expect(holders.Locator("tr", new() { HasText = "Grace Kim" })).ToContainTextAsync("Expired");
        await page.ShotAsync("certifications-lead");

        await page.GotoAsync("/");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("portfolio-expiring-credentials")).ToContainTextAsync("Marcus Chen");
    }

    [Fact]
    public async Task Stakeholder_SeesNamesTitlesAndTeamsOnly()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.StakeholderEmail, path: "/people");
        await page.WaitForInteractiveAsync();
        var table = page.GetByTestId("people-table");
        await Assertions.Expect(table).ToContainTextAsync("Elena Petrova");
        await Assertions.Expect(table).Not.ToContainTextAsync("Kubernetes");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add person" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Certifications" })).ToHaveCountAsync(0);
        await page.GotoAsync("/");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("portfolio-expiring-credentials")).ToHaveCountAsync(0);
    }
}
