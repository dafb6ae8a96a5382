using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TpmHub.Core.Projects;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Projects;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

[Collection(BrowserAppCollection.Name)]
public sealed class AdminJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Admin_OpensTheMembersTab_ByClickOrByLink_SeesTheMembersAndWhoCanBeAdded()
    {
        // Members (and, for an admin, every user who could be added) are read only when the Members tab is opened.
        var page = await app.SignedInPageAsync(DemoSeeder.AdminEmail, path: "/projects/PAY");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Members" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = DemoSeeder.LeadEmail, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Add a member")).ToBeVisibleAsync();

        await page.GotoAsync("/projects/PAY?tab=members");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = DemoSeeder.StakeholderEmail, Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Add a member").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Admin_CreatesAndLocksAUser_WhoThenCannotSignIn()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.AdminEmail);
        await page.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/users");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("new.lead@tpmhub.local");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Name" }).FillAsync("Nia Okafor");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Initial password" }).FillAsync("nia-pass-123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "new.lead@tpmhub.local" });
        await Assertions.Expect(row).ToContainTextAsync("Active");
        await page.ShotAsync("admin-users");

        await row.GetByRole(AriaRole.Button, new() { Name = "Lock" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Lock" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Locked");

        var other = await app.NewPageAsync();
        await other.SignInAsync("new.lead@tpmhub.local", "nia-pass-123");
        await Assertions.Expect(other.GetByTestId("login-error")).ToContainTextAsync("locked");
    }

    [Fact]
    public async Task Admin_CreateUserWithShortPassword_SeesTheFieldMessage()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.AdminEmail, path: "/admin/users");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email" }).FillAsync("short.pw@tpmhub.local");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Name" }).FillAsync("Short Password");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Initial password" }).FillAsync("1234567");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Passwords must be at least 8 characters.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "short.pw@tpmhub.local" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Lead_SavesAfterSomeoneElseChangedTheProject_IsToldAndCanReload()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, path: "/projects/PAY/edit");
        var name = page.GetByRole(AriaRole.Textbox, new() { Name = "Name" });
        await Assertions.Expect(name).ToHaveValueAsync("Payments platform 3.0");

        await ChangeNameBehindTheBrowserAsync("PAY", "Payments platform 3.1");
        await name.FillAsync("Payments platform 3.0 (lead's edit)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("conflict-alert")).ToBeVisibleAsync();
        await page.ShotAsync("project-conflict");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reload their version" }).ClickAsync();
        await Assertions.Expect(name).ToHaveValueAsync("Payments platform 3.1");
    }

    [Fact]
    public async Task Admin_ArchivesUnarchivesAndDeletesAProject_FromItsPage()
    {
        var key = "ARC" + new string(Enumerable.Range(0, 4).Select(_ => (char)('A' + Random.Shared.Next(26))).ToArray());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var owner = (await users.FindByEmailAsync(DemoSeeder.AdminEmail))!;
            var admin = new CurrentUser(owner.Id, owner.UserName!, [ProjectRole.Admin]);
            var created = await scope.ServiceProvider.GetRequiredService<ProjectService>().CreateAsync(admin, new ProjectDraft(key, "Archive me",
                ProjectKind.Other, ProjectPhase.Closed, ProjectStatus.Completed, owner.Id, new DateOnly(2026, 1, 5), new DateOnly(2026, 3, 27), "USD", "", ""));
            created.IsSuccess.Should().BeTrue(created.Error?.ToString());
        }

        var page = await app.SignedInPageAsync(DemoSeeder.AdminEmail, path: $"/projects/{key}");
        await page.GetByRole(AriaRole.Button, new() { Name = "More project actions" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Archive project" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Archive", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("project-archived")).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("portfolio-grid").GetByRole(AriaRole.Link, new() { Name = key, Exact = true })).ToHaveCountAsync(0);

        await page.GotoAsync($"/projects/{key}");
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("project-archived").GetByRole(AriaRole.Button, new() { Name = "Unarchive" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("project-archived")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "More project actions" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Delete project…" }).ClickAsync();
        var delete = page.GetByRole(AriaRole.Button, new() { Name = "Delete project" });
        await Assertions.Expect(delete).ToBeDisabledAsync();
        await page.Locator("#delete-confirm-key").FillAsync(key);
        await delete.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await page.GotoAsync($"/projects/{key}");
        await Assertions.Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
    }

    private async Task ChangeNameBehindTheBrowserAsync(string key, string newName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var projects = scope.ServiceProvider.GetRequiredService<ProjectService>();
        var admin = new CurrentUser("system-test", "other.user", [ProjectRole.Admin]);
        var access = (await scope.ServiceProvider.GetRequiredService<ProjectGate>().ProjectAsync(admin, key, AccessNeed.Write)).Value!;
        var current = (await projects.GetAsync(access)).Value!;
        var draft = new ProjectDraft(current.Key, newName, current.Kind, current.Phase, current.Status, current.OwnerId, current.StartDate,
            current.TargetDate, current.Currency, current.Description, current.Objectives);
        var saved = await projects.UpdateAsync(access, draft, current.Version);
        saved.IsSuccess.Should().BeTrue();
    }
}
