using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

[Collection(BrowserAppCollection.Name)]
public sealed class SignInJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task SignIn_WrongPassword_ShowsAnErrorAndStaysOnTheLoginPage()
    {
        var page = await app.NewPageAsync();

        await page.SignInAsync(DemoSeeder.LeadEmail, "not-the-password");

        await Assertions.Expect(page.GetByTestId("login-error")).ToHaveTextAsync("Invalid email or password.");
        page.Url.Should().Contain("/account/login");
        await page.ShotAsync("login-error");
    }

    [Fact]
    public async Task SignIn_LockedAccount_SaysItIsLocked()
    {
        const string email = "locked.user@tpmhub.local";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, DisplayName = "Locked User", EmailConfirmed = true };
            (await users.CreateAsync(user, "locked-pass-1")).Succeeded.Should().BeTrue();
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1));
        }

        var page = await app.NewPageAsync();
        await page.SignInAsync(email, "locked-pass-1");

        await Assertions.Expect(page.GetByTestId("login-error")).ToContainTextAsync("locked");
    }

    [Fact]
    public async Task SignIn_EmptyForm_NamesTheMissingFields()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Email is required.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Password is required.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Page_WhenSignedOut_RedirectsToSignInAndBackAfterwards()
    {
        var page = await app.NewPageAsync();

        await page.GotoAsync("/projects/CLD");
        page.Url.Should().Contain("/account/login");
        await page.GetByLabel("Email").FillAsync(DemoSeeder.LeadEmail);
        await page.GetByLabel("Password").FillAsync(BrowserApp.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync("**/projects/CLD");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "CLD Data centre exit to AWS" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await page.WaitForURLAsync("**/account/login**");
        await page.GotoAsync("/");
        page.Url.Should().Contain("/account/login");
    }
}
