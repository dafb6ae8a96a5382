using Microsoft.Playwright;

namespace TpmHub.E2ETests.Infrastructure;

public static class PageExtensions
{
    /// <summary>Waits until the Blazor circuit has rendered interactively (the layout marks the body).</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.WaitForSelectorAsync("body[data-interactive=true]", new() { State = WaitForSelectorState.Attached });

    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Saves a screenshot under artifacts/screenshots when TPMHUB_SCREENSHOTS is set (for looking at pages by eye).</summary>
    public static async Task ShotAsync(this IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("TPMHUB_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}
