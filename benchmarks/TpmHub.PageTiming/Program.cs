using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

// Measures how long a page takes in Debian's Chromium until an element is first painted — the user-visible "first
// render". A measurement tool, not a test: run it against a running app (e.g. on the large seed).
//   dotnet run -c Release --project benchmarks/TpmHub.PageTiming -- http://127.0.0.1:5056 lead@tpmhub.local PASSWORD /projects/LGAAA/gantt "[data-testid^=gantt-bar-]" 9
//
// Two figures per run:
// - painted: from the navigation's start (the page's time origin) to the animation frame in which the element is first
//   in the document. A script added before any of the page's own watches the document from its first byte; when the
//   element appears (parsed from prerendered HTML, or rendered later by Blazor) it asks for the next animation frame,
//   which runs just before the browser paints that frame. This is the headline figure.
// - visible: a stopwatch from the navigation request until Playwright sees the element visible. Playwright's checks
//   run on the page's main thread, so they wait while the page's scripts start up; this figure is therefore later than
//   what the user sees, by however long the main thread is busy.
// PAGETIMING_SHOT=file.png saves a screenshot of each run as it is measured (the last run's remains); with
// PAGETIMING_BLOCK_JS=1 no script loads, which shows the page as the server prerendered it.
// Set PAGETIMING_DETAIL=1 to print the navigation timings (TTFB, HTML, DOMContentLoaded, first paint) of each run.
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
await context.AddInitScriptAsync($$"""
    (() => {
        const selector = {{JsonSerializer.Serialize(selector)}};
        const check = () => {
            if (window.__firstSeen === undefined && document.querySelector(selector)) {
                window.__firstSeen = performance.now();
                requestAnimationFrame(() => { window.__firstPainted = performance.now(); });
            }
        };
        new MutationObserver(check).observe(document, { childList: true, subtree: true });
        check();
    })();
    """);
var login = await context.NewPageAsync();
await login.GotoAsync("/account/login");
await login.GetByLabel("Email").FillAsync(email);
await login.GetByLabel("Password").FillAsync(password);
await login.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
await login.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
await login.CloseAsync();

var painted = new List<double>();
var visible = new List<double>();
for (var run = 0; run <= runs; run++)
{
    var page = await context.NewPageAsync();
    if (Environment.GetEnvironmentVariable("PAGETIMING_BLOCK_JS") == "1")
    {
        await page.RouteAsync("**/*.js", route => route.AbortAsync());
    }

    var watch = Stopwatch.StartNew();
    await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Commit });
    await page.Locator(selector).First.WaitForAsync(new() { Timeout = 60_000 });
    watch.Stop();
    await page.WaitForFunctionAsync("() => window.__firstPainted !== undefined");
    // A frame can run before the browser first paints anything (it holds the first paint until the document is ready to
    // show): the element is painted no earlier than the first contentful paint.
    var paintedMs = await page.EvaluateAsync<double>("""
        () => Math.max(window.__firstPainted,
            ...performance.getEntriesByType('paint').filter(e => e.name === 'first-contentful-paint').map(e => e.startTime))
        """);
    var rendered = await page.Locator(selector).CountAsync();
    if (Environment.GetEnvironmentVariable("PAGETIMING_DETAIL") == "1")
    {
        var detail = await page.EvaluateAsync<string>("""
            () => {
                const n = performance.getEntriesByType('navigation')[0];
                const p = performance.getEntriesByType('paint').map(e => e.name + ' ' + Math.round(e.startTime)).join(', ');
                return `ttfb ${Math.round(n.responseStart)}, html ${Math.round(n.responseEnd)}, DOMContentLoaded ${Math.round(n.domContentLoadedEventEnd)}, ${p}`;
            }
            """);
        Console.WriteLine("  " + detail);
    }

    if (Environment.GetEnvironmentVariable("PAGETIMING_SHOT") is { Length: > 0 } shot)
    {
        await page.ScreenshotAsync(new() { Path = shot });
    }

    await page.CloseAsync();
    var line = $"painted {paintedMs:0} ms, visible {watch.Elapsed.TotalMilliseconds:0} ms ({rendered} matching elements)";
    if (run == 0)
    {
        Console.WriteLine("warm-up: " + line);
        continue;
    }

    painted.Add(paintedMs);
    visible.Add(watch.Elapsed.TotalMilliseconds);
    Console.WriteLine($"run {run}: {line}");
}

Console.WriteLine($"{path}: painted {Summary(painted)}; visible {Summary(visible)} over {painted.Count} runs");

// PAGETIMING_SCROLL=N (Gantt pages): once the whole plan is there, jump the chart N times to random places (a fixed
// sequence) and time each jump from setting scrollTop until the first row in view is rendered — one server round trip
// whenever the jump leaves the rendered rows. The frames in between show the empty grid: that is the stall to measure.
if (int.TryParse(Environment.GetEnvironmentVariable("PAGETIMING_SCROLL"), CultureInfo.InvariantCulture, out var jumps) && jumps > 0)
{
    var page = await context.NewPageAsync();
    await page.GotoAsync(path);
    await page.Locator("[data-testid=gantt-scroll][data-whole=true]").WaitForAsync(new() { Timeout = 60_000 });
    await page.WaitForTimeoutAsync(500);
    var lags = await page.EvaluateAsync<double[]>("""
        async (jumps) => {
            const el = document.querySelector('[data-testid=gantt-scroll]');
            const rowHeight = 32;
            let seed = 42;
            const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
            const lags = [];
            for (let i = 0; i < jumps; i++) {
                const started = performance.now();
                el.scrollTop = Math.floor(random() * (el.scrollHeight - el.clientHeight));
                const want = `.gantt-label[style="top:${Math.floor(el.scrollTop / rowHeight) * rowHeight}px"]`;
                await new Promise(done => {
                    const check = () => el.querySelector(want) || performance.now() - started > 5000 ? done() : requestAnimationFrame(check);
                    check();
                });
                lags.push(performance.now() - started);
                await new Promise(done => setTimeout(done, 150));
            }
            return lags;
        }
        """, jumps);
    // Then a steady scroll, as with a fast mouse wheel: 24 px a frame for 300 frames (about 45 rows a second at 60
    // frames a second); a frame counts as stalled when the first or last row in view is not rendered.
    var steady = await page.EvaluateAsync<int[]>("""
        async () => {
            const el = document.querySelector('[data-testid=gantt-scroll]');
            const rowHeight = 32, header = 48;
            el.scrollTop = 0;
            await new Promise(done => setTimeout(done, 300));
            let stalled = 0, frames = 0;
            const rendered = row => el.querySelector(`.gantt-label[style="top:${row * rowHeight}px"]`) !== null;
            await new Promise(done => {
                const step = () => {
                    const top = el.scrollTop;
                    const first = Math.floor(top / rowHeight);
                    const last = Math.min(Math.floor((top + el.clientHeight - header - 1) / rowHeight), Math.floor(el.scrollHeight / rowHeight) - 1);
                    if (!rendered(first) || !rendered(last)) { stalled++; }
                    frames++;
                    if (frames >= 300) { done(); return; }
                    el.scrollTop = top + 24;
                    requestAnimationFrame(step);
                };
                requestAnimationFrame(step);
            });
            return [stalled, frames];
        }
        """);
    Console.WriteLine($"steady scroll: {steady[0]} of {steady[1]} frames had a row in view not yet rendered");
    var sorted = lags.OrderBy(l => l).ToList();
    Console.WriteLine($"scroll: {jumps} random jumps, rows in view rendered after median {sorted[sorted.Count / 2]:0} ms, "
        + $"p95 {sorted[(int)Math.Ceiling(sorted.Count * 0.95) - 1]:0} ms, max {sorted[^1]:0} ms");
    await page.CloseAsync();
}

return 0;

static string Summary(List<double> values)
{
    values.Sort();
    return $"median {values[values.Count / 2]:0} ms (min {values[0]:0}, max {values[^1]:0})";
}
