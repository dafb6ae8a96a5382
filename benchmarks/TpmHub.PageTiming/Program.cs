using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

// Measures how long a page takes, in Debian's Chromium, from navigation until an element is visible — the
// user-visible "first render". A measurement tool, not a test: run it against a running app (e.g. on the large seed).
//   dotnet run -c Release --project benchmarks/TpmHub.PageTiming -- http://127.0.0.1:5056 lead@tpmhub.local PASSWORD /projects/LGAAA/gantt "[data-testid^=gantt-bar-]" 9
if (args.Length < 5)
{
    Console.Error.WriteLine("usage: <baseUrl> <email> <password> <path> <selector> [runs=9]");
    return 2;
}

var (baseUrl, email, password, path, selector) = (args[0], args[1], args[2], args[3], args[4]);
var runs = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 9;
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, ViewportSize = new() { Width = 1366, Height = 900 } });
var login = await context.NewPageAsync();
await login.GotoAsync("/account/login");
await login.GetByLabel("Email").FillAsync(email);
await login.GetByLabel("Password").FillAsync(password);
await login.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
await login.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
await login.CloseAsync();

var times = new List<double>();
for (var run = 0; run <= runs; run++)
{
    var page = await context.NewPageAsync();
    var watch = Stopwatch.StartNew();
    await page.GotoAsync(path);
    await page.Locator(selector).First.WaitForAsync(new() { Timeout = 60_000 });
    watch.Stop();
    var rendered = await page.Locator(selector).CountAsync();
    await page.CloseAsync();
    if (run == 0)
    {
        Console.WriteLine($"warm-up: {watch.Elapsed.TotalMilliseconds:0} ms ({rendered} matching elements)");
        continue;
    }

    times.Add(watch.Elapsed.TotalMilliseconds);
    Console.WriteLine($"run {run}: {watch.Elapsed.TotalMilliseconds:0} ms ({rendered} matching elements)");
}

times.Sort();
Console.WriteLine($"{path}: median {times[times.Count / 2]:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms over {times.Count} runs");
return 0;
