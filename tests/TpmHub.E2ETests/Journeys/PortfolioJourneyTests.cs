using Microsoft.Playwright;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Data;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

[Collection(BrowserAppCollection.Name)]
public sealed class PortfolioJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Lead_CreatesAProject_AndFindsItOnTheDashboard()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail);
        var grid = page.GetByTestId("portfolio-grid");
        await Assertions.Expect(grid.GetByRole(AriaRole.Link, new() { Name = "CLD", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(grid.GetByRole(AriaRole.Link, new() { Name = "SEC", Exact = true })).ToHaveCountAsync(0);
        await page.ShotAsync("portfolio-lead");

        await page.GetByTestId("new-project").ClickAsync();
        await page.WaitForURLAsync("**/projects/new");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Key" }).FillAsync("ERP");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Name" }).FillAsync("ERP upgrade to S/4HANA");
        await page.ShotAsync("project-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create project" }).ClickAsync();

        // A new project opens on its RAID log with the typical risks of its kind offered; the lead picks two.
        await page.WaitForURLAsync("**/projects/ERP?tab=raid&templates=true");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "ERP ERP upgrade to S/4HANA" })).ToBeVisibleAsync();
        var templates = page.GetByTestId("raid-template-list");
        await Assertions.Expect(templates).ToBeVisibleAsync();
        await templates.GetByRole(AriaRole.Checkbox).Nth(1).CheckAsync();
        await templates.GetByRole(AriaRole.Checkbox).Nth(2).CheckAsync();
        await page.GetByTestId("raid-templates-add").ClickAsync();
        await Assertions.Expect(templates).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "ERP-R2", Exact = true })).ToBeVisibleAsync();
        await page.ShotAsync("project-view");
        await page.GetByRole(AriaRole.Link, new() { Name = "Portfolio" }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("portfolio-grid").GetByRole(AriaRole.Link, new() { Name = "ERP", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Lead_SubmitsAnInvalidProject_SeesFieldMessagesAndNothingIsCreated()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: "/projects/new");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Key" }).FillAsync("CLD");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create project" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Name is required.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Key CLD is already used by another project.")).ToBeVisibleAsync();
        page.Url.Should().EndWith("/projects/new");
        await page.ShotAsync("project-new-errors");
    }

    [Fact]
    public async Task Stakeholder_SeesNoEditControls_AndTheEditUrlIsRefused()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.StakeholderEmail);
        await Assertions.Expect(page.GetByTestId("portfolio-total")).ToHaveTextAsync("2");
        await Assertions.Expect(page.GetByTestId("new-project")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "New project" })).ToHaveCountAsync(0);

        // A stakeholder opens a project at its dashboard; the project page itself is read-only too.
        await page.GetByTestId("portfolio-grid").GetByRole(AriaRole.Link, new() { Name = "CLD", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/projects/CLD/dashboard");
        await page.GotoAsync("/projects/CLD");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "CLD Data centre exit to AWS" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Read-only")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Edit" })).ToHaveCountAsync(0);
        await page.ShotAsync("project-stakeholder");

        await page.GotoAsync("/projects/CLD/edit");

        await Assertions.Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save changes" })).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("/projects/SEC", "Project SEC")]
    [InlineData("/projects/SEC/gantt", "Project SEC")]
    [InlineData("/projects/SEC/edit", "Project SEC")]
    [InlineData("/projects/NOPE", "Project NOPE")]
    [InlineData("/work-items/SEC-1", "Work item SEC-1")]
    [InlineData("/work-items/CLD-99999", "Work item CLD-99999")]
    [InlineData("/raid/SEC-R1", "RAID entry SEC-R1")]
    public async Task Lead_OpensAPageOfSomethingTheyMayNotSee_GetsA404SayingItIsNotFound(string path, string what)
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail);

        var response = await page.GotoAsync(path);

        response!.Status.Should().Be(404, "a page of something missing or hidden answers 404, not 200");
        var notFound = page.GetByTestId("not-found");
        await Assertions.Expect(notFound).ToContainTextAsync($"{what} was not found, or you do not have access to it.");
        // The interactive render that takes over says the same.
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(notFound).ToContainTextAsync($"{what} was not found");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Back to the portfolio" })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("/projects/CLD")]
    [InlineData("/projects/CLD/gantt")]
    [InlineData("/projects/CLD/edit")]
    [InlineData("/work-items/CLD-1")]
    [InlineData("/raid/CLD-R1")]
    public async Task Lead_OpensAPageOfTheirProject_GetsA200(string path)
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail);

        var response = await page.GotoAsync(path);

        response!.Status.Should().Be(200);
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("not-found")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData(820, 1180)]
    [InlineData(1280, 800)]
    public async Task Portfolio_AtTabletAndLaptopWidths_HasNoSidewaysPageScroll(int width, int height)
    {
        var page = await app.SignedInPageAsync(DemoSeeder.AdminEmail, width: width, height: height);
        await Assertions.Expect(page.GetByTestId("portfolio-grid").GetByRole(AriaRole.Link, new() { Name = "SEC", Exact = true })).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

        overflow.Should().BeLessThanOrEqualTo(0);
        await page.ShotAsync($"portfolio-{width}");
    }

    [Fact]
    public async Task DarkMode_Toggled_IsRememberedAfterReload()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.AdminEmail);

        await page.GetByRole(AriaRole.Button, new() { Name = "Toggle dark mode" }).ClickAsync();
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        (await page.EvaluateAsync<string>("localStorage.getItem('tpmhub.darkMode')")).Should().Be("true");
        // MudBlazor's palette variables switch to the dark palette: the page background is no longer white.
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        background.Should().NotBe("rgb(255, 255, 255)").And.NotBe("rgba(0, 0, 0, 0)");
        await page.ShotAsync("portfolio-admin-dark");
    }
}
