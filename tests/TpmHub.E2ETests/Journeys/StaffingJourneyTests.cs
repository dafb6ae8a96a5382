using Microsoft.Playwright;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

/// <summary>
/// Issue 13's staffing: a lead opens CLD's Team tab, finds the people who can fill the demo's open cloud-architect role
/// (Mei Tanaka, not the over-allocated Elena Petrova), assigns her and the role keeps its dates; a new open role is added
/// through the form with its needs; the capacity page lists the portfolio's other open role with its match.
/// </summary>
[Collection(BrowserAppCollection.Name)]
public sealed class StaffingJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Lead_FillsTheDemoOpenRoleFromItsMatches_AddsAnotherRole_AndCapacityListsOpenRoles()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: "/projects/CLD?tab=team");
        var role = page.GetByTestId("staff-open-role").Filter(new() { HasText = "Cloud architect" });
        await Assertions.Expect(role).ToHaveCountAsync(1);
        var dates = await role.Locator("td").Nth(3).InnerTextAsync() + " – " + await role.Locator("td").Nth(4).InnerTextAsync();

        await role.GetByRole(AriaRole.Button, new() { Name = "Find people" }).ClickAsync();
        var matches = page.GetByTestId("staff-matches");
        await Assertions.Expect(matches.Locator("li").First).ToContainTextAsync("Mei Tanaka");
        await Assertions.Expect(matches).Not.ToContainTextAsync("Elena Petrova");
        await page.ShotAsync("team-matches");

        await matches.GetByRole(AriaRole.Button, new() { Name = "Assign Mei Tanaka" }).ClickAsync();
        var filled = page.GetByTestId("staff-row").Filter(new() { HasText = "landing-zone hardening" });
        await Assertions.Expect(filled).ToContainTextAsync("Mei Tanaka");
        (await filled.Locator("td").Nth(3).InnerTextAsync() + " – " + await filled.Locator("td").Nth(4).InnerTextAsync()).Should().Be(dates, "filling a role keeps its dates");
        await Assertions.Expect(page.GetByTestId("staff-open-role").Filter(new() { HasText = "Cloud architect" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an open role" }).ClickAsync();
        var form = page.GetByTestId("staff-form");
        await form.Locator("#staff-role").FillAsync("Kubernetes platform engineer");
        await form.GetByLabel("Skill", new() { Exact = true }).FillAsync("Kubernetes");
        await form.GetByLabel("Min level (1–5)").FillAsync("4");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("staff-open-role").Filter(new() { HasText = "Kubernetes platform engineer" })).ToContainTextAsync("Kubernetes ≥ 4");

        await page.GotoAsync("/capacity");
        var pay = page.GetByTestId("open-role").Filter(new() { HasText = "PAY" });
        await Assertions.Expect(pay).ToContainTextAsync("Security reviewer");
        await Assertions.Expect(pay).ToContainTextAsync("Marcus Chen");
        await page.ShotAsync("capacity-open-roles");
    }

    [Fact]
    public async Task Lead_GetsFieldErrorsForABadRole_AndNothingIsAdded()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: "/projects/NET?tab=team");
        var before = await page.GetByTestId("staff-open-role").CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an open role" }).ClickAsync();
        var form = page.GetByTestId("staff-form");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(form).ToContainTextAsync("describe the role to fill");
        await Assertions.Expect(form).ToContainTextAsync("Name the skill.");
        await Assertions.Expect(page.GetByTestId("staff-open-role")).ToHaveCountAsync(before);
    }
}
