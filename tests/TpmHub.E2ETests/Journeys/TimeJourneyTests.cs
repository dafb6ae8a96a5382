using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TpmHub.Core.People;
using TpmHub.Core.Projects;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Projects;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

/// <summary>Issue 13's time slice: a lead logs a person's hours on the Time tab, sees the week's total and labour cost, approves the
/// week, and the budget's labour actuals include the timesheet.</summary>
[Collection(BrowserAppCollection.Name)]
public sealed class TimeJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Lead_LogsHoursForTheWeek_SeesTheCost_ApprovesIt_AndTheBudgetCountsIt()
    {
        var key = await SeedProjectWithPersonAsync();
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: $"/projects/{key}?tab=time");
        await page.GetByTestId("time-person").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Rosa Time", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("time-cost")).ToContainTextAsync("Rosa Time");

        var form = page.GetByTestId("time-form");
        await form.GetByLabel("Hours").FillAsync("25");
        await form.GetByRole(AriaRole.Button, new() { Name = "Log time" }).ClickAsync();
        await Assertions.Expect(form).ToContainTextAsync("at most 24");
        await form.GetByLabel("Hours").FillAsync("7.5");
        await form.GetByRole(AriaRole.Button, new() { Name = "Log time" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("time-total")).ToHaveTextAsync("7.5");
        await Assertions.Expect(page.GetByTestId("time-cost")).ToContainTextAsync("600.00 USD");
        await page.ShotAsync("time-week");

        await page.GetByRole(AriaRole.Button, new() { Name = "Approve week" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("time-approved")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("time-form")).ToHaveCountAsync(0);

        await page.GotoAsync($"/projects/{key}?tab=budget");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("timesheet-labour")).ToContainTextAsync("600.00");
    }

    [Fact]
    public async Task Lead_OpensCapacity_SeesTheDemoOverAllocationInItsTwoWeeks_AndFiltersBySkill()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: "/capacity");
        var table = page.GetByTestId("capacity-table");
        var elena = table.Locator("tr", new() { HasText = "Elena Petrova" });
        await Assertions.Expect(elena.Locator("td[data-over=true]")).ToHaveCountAsync(2);
        await page.ShotAsync("capacity");

        await page.GetByLabel("Skill").FillAsync("Kubernetes");
        await page.GetByLabel("Min level").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(table.Locator("tbody tr")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(table).Not.ToContainTextAsync("Sam Patel");
    }

    [Fact]
    public async Task Stakeholder_IsToldCapacityIsForLeads()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.StakeholderEmail, path: "/capacity");
        await Assertions.Expect(page.GetByText("Capacity across the portfolio is for team leads and admins.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("capacity-table")).ToHaveCountAsync(0);
    }

    private async Task<string> SeedProjectWithPersonAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var leadUser = (await users.FindByEmailAsync(DemoSeeder.LeadEmail))!;
        var lead = new CurrentUser(leadUser.Id, leadUser.UserName!, [ProjectRole.TeamLead]);
        var key = "TM" + new string(Enumerable.Range(0, 3).Select(_ => (char)('A' + Random.Shared.Next(26))).ToArray());
        var start = DateOnly.FromDateTime(DateTime.Today).AddDays(-60);
        var created = await scope.ServiceProvider.GetRequiredService<ProjectService>().CreateAsync(lead, new ProjectDraft(key, "Time journey",
            ProjectKind.Other, ProjectPhase.Build, ProjectStatus.Active, lead.UserId, start, start.AddYears(1), "USD", "", ""));
        created.IsSuccess.Should().BeTrue(created.Error?.ToString());
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>().CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        var person = new Person { Id = Guid.CreateVersion7(), Name = "Rosa Time", Title = "Cloud engineer", Team = "Platform", WeeklyCapacityHours = 40, CreatedAt = now, UpdatedAt = now };
        db.People.Add(person);
        db.PersonRates.Add(new PersonRate { Id = Guid.CreateVersion7(), PersonId = person.Id, RatePerHour = 80m, Currency = "USD", From = start });
        await db.SaveChangesAsync();
        return key;
    }
}
