using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TpmHub.Core.Projects;
using TpmHub.Core.Work;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Projects;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Items;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

[Collection(BrowserAppCollection.Name)]
public sealed class BudgetJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Stakeholder_ReadsTheDemoEarnedValue_WithReadingsAndTheSCurve()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.StakeholderEmail, path: "/projects/CLD?tab=budget");
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.GetByTestId("ev-cpi")).ToContainTextAsync("For every 1.00 spent");
        await Assertions.Expect(page.GetByTestId("ev-basis")).ToContainTextAsync("Measured against the latest baseline");
        await Assertions.Expect(page.GetByTestId("s-curve").Locator("polyline")).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("budget-categories")).ToContainTextAsync("Cloud infrastructure");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add expense" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("project-budget-health")).ToBeVisibleAsync();
        await page.ShotAsync("budget-stakeholder");

        // The portfolio shows the same CPI and SPI beside the schedule health, and money per currency.
        var cpi = await page.GetByTestId("ev-cpi-value").InnerTextAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("budget-health-CLD")).ToContainTextAsync($"CPI {decimal.Parse(cpi, System.Globalization.CultureInfo.InvariantCulture):0.00}");
        await Assertions.Expect(page.GetByTestId("money-USD")).ToBeVisibleAsync();
        await page.ShotAsync("portfolio-budget");
    }

    [Fact]
    public async Task Lead_RecordsProgressAndSpend_AndCpiSpiAndTheReadingsChange()
    {
        // A ten-day task that started four weeks ago, baselined: all of it was planned by now, nothing done or spent yet.
        var today = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 28);
        var itemKey = await SeedProjectAsync("EVJ", monday);

        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: "/projects/EVJ?tab=budget");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("ev-spi-value")).ToHaveTextAsync("0.0000");
        await Assertions.Expect(page.GetByTestId("ev-cpi-value")).ToHaveTextAsync("—");
        await Assertions.Expect(page.GetByTestId("ev-cpi")).ToContainTextAsync("Nothing has been spent yet");

        // Progress as of an earlier day, on the work item's page.
        await page.GotoAsync($"/work-items/{itemKey}");
        await page.WaitForInteractiveAsync();
        await page.Locator("#progress-percent").FillAsync("50");
        var asOf = page.GetByTestId("progress-panel").GetByLabel("As of");
        await asOf.FillAsync(monday.AddDays(7).ToString("yyyy-MM-dd"));
        await asOf.PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record progress" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("progress-history")).ToContainTextAsync(monday.AddDays(7).ToString("yyyy-MM-dd"));

        // The approved budget, typed into the grid like a spreadsheet.
        await page.GotoAsync("/projects/EVJ?tab=budget");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("ev-spi-value")).ToHaveTextAsync("0.5000");
        await page.GetByLabel("Add a category row").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Vendors services" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add row" }).ClickAsync();
        var cell = page.GetByLabel($"Vendors services OpEx {monday:yyyy-MM}");
        await cell.FillAsync("8000");
        await cell.PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("budget-total")).ToHaveTextAsync("8,000.00");
        await Assertions.Expect(page.GetByTestId("budget-categories")).ToContainTextAsync("Vendors services");

        // Spend on the Budget tab.
        var form = page.GetByTestId("expense-form");
        await form.GetByLabel("Amount (USD)").FillAsync("6250");
        await form.GetByLabel("Vendor").FillAsync("Cloudreach");
        await form.GetByLabel("Invoice / PO").FillAsync("INV-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add expense" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("expense-totals")).ToContainTextAsync("6,250.00 USD");
        await Assertions.Expect(page.GetByTestId("ev-cpi-value")).ToHaveTextAsync("0.8000");
        await Assertions.Expect(page.GetByTestId("ev-cpi")).ToContainTextAsync("For every 1.00 spent, 0.80 of planned work was delivered.");
        await Assertions.Expect(page.GetByTestId("ev-eac-value")).ToHaveTextAsync("12,500.00");
        await Assertions.Expect(page.GetByTestId("s-curve").Locator("polyline")).ToHaveCountAsync(3);
        await page.ShotAsync("budget-lead");

        // A CSV import: a file with a bad row is refused row by row; the corrected one is previewed, then imported.
        var day = today.ToString("yyyy-MM-dd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import CSV" }).ClickAsync();
        var file = page.GetByTestId("expense-import-file");
        await file.SetInputFilesAsync(new FilePayload { Name = "bad.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"date,amount,category,vendor\n{day},1000,licences,Atlassian\n{day},-5,labour,Oops\n") });
        await Assertions.Expect(page.GetByTestId("expense-import-error-table")).ToContainTextAsync("amount");
        await Assertions.Expect(page.GetByTestId("expense-import-confirm")).ToBeDisabledAsync();
        await page.ShotAsync("budget-import-errors");
        await file.SetInputFilesAsync(new FilePayload { Name = "good.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"date,amount,category,kind,vendor\n{day},1000,licences,expense,Atlassian\n{day},250,licences,refund,Atlassian\n") });
        await Assertions.Expect(page.GetByTestId("expense-import-preview")).ToContainTextAsync("2");
        await page.GetByTestId("expense-import-confirm").ClickAsync();

        await Assertions.Expect(page.GetByTestId("expense-totals")).ToContainTextAsync("7,000.00 USD");
        await Assertions.Expect(page.GetByTestId("ev-ac-value")).ToHaveTextAsync("7,000.00");

        // Correcting an invoice: edit it in place.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit expense INV-1 of {day}" }).ClickAsync();
        await form.GetByLabel("Amount (USD)").FillAsync("5250");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        // The list confirms the save first; the earned-value card re-reads after it, which takes longer on a busy machine.
        await Assertions.Expect(page.GetByTestId("expense-totals")).ToContainTextAsync("6,000.00 USD", new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("ev-ac-value")).ToHaveTextAsync("6,000.00", new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("budget-months")).ToContainTextAsync(today.ToString("yyyy-MM"));
    }

    private async Task<string> SeedProjectAsync(string key, DateOnly start)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var leadUser = (await users.FindByEmailAsync(DemoSeeder.LeadEmail))!;
        var lead = new CurrentUser(leadUser.Id, leadUser.UserName!, [ProjectRole.TeamLead]);
        var created = await scope.ServiceProvider.GetRequiredService<ProjectService>().CreateAsync(lead, new ProjectDraft(key, "Earned value journey",
            ProjectKind.Other, ProjectPhase.Build, ProjectStatus.Active, lead.UserId, start, start.AddYears(1), "USD", "", ""));
        created.IsSuccess.Should().BeTrue(created.Error?.ToString());
        var access = (await scope.ServiceProvider.GetRequiredService<ProjectGate>().ProjectAsync(lead, key, AccessNeed.Write)).Value!;
        var item = await scope.ServiceProvider.GetRequiredService<WorkItemService>().CreateAsync(access, new WorkItemDraft("Build the thing",
            WorkItemType.Task, WorkItemStatus.ToDo, WorkItemPriority.Medium, null, null, null, 10, 10_000m, 0, null, null, null, null, null, null));
        item.IsSuccess.Should().BeTrue(item.Error?.ToString());
        (await scope.ServiceProvider.GetRequiredService<BaselineService>().SaveAsync(access, "Approved")).IsSuccess.Should().BeTrue();
        return item.Value!.Key;
    }
}
