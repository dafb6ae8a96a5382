using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TpmHub.Tests.Shared;
using TpmHub.Web.Data;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Infrastructure;

/// <summary>
/// The real app on Kestrel (a loopback port Chromium can reach), a fresh database with the demo portfolio,
/// and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "e2e-demo-pass-1";

    private TestDatabase? _database;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("tpmhub_e2e");
        await _database.MigrateAsync();
        UseKestrel(0);
        StartServer();
        await DatabaseCommands.SeedDemoAsync(Services, DemoPassword);
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("TPMHUB_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
            ],
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("TPMHUB_DB", _database!.ConnectionString);
        // The suite signs in far more often, from one address, than a person does (SignInLimitTests keep the real limits honest).
        builder.UseSetting("SignInLimits:PerAddressPerMinute", "100000");
        builder.UseSetting("SignInLimits:PerAccountPerMinute", "100000");
    }

    /// <summary>A fresh browser context (own cookies and storage) with one page at the app's base URL.</summary>
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new() { Width = width, Height = height } });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A fresh page signed in as <paramref name="email"/> (with the demo password unless another is given) whose circuit is
    /// interactive, on <paramref name="path"/> when one is given and on the portfolio otherwise. Journeys that test the
    /// sign-in itself, or that must watch a page from its first byte, take these steps themselves.
    /// </summary>
    public async Task<IPage> SignedInPageAsync(string email, string? password = null, string? path = null, int width = 1366, int height = 900)
    {
        var page = await NewPageAsync(width, height);
        await page.SignInAsync(email, password ?? DemoPassword);
        await page.WaitForInteractiveAsync();
        if (path is not null)
        {
            await page.GotoAsync(path);
            await page.WaitForInteractiveAsync();
        }

        return page;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserAppCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "Browser app";
}

/// <summary>
/// A second app, database and browser for the page-wide audits (axe over every page in both themes, foreign requests),
/// which run beside the journeys: the two collections use the two cores instead of one after the other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserAuditCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "Browser audits";
}
