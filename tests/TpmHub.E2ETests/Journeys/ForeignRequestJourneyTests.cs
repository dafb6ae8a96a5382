using System.Collections.Concurrent;
using Microsoft.Playwright;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

/// <summary>
/// Every main page works on a machine without internet and under the Content-Security-Policy: the browser asks no other
/// host for anything, the page's own answer carries the policy, and the policy blocks nothing the page needs.
/// </summary>
[Collection(BrowserAuditCollection.Name)]
public sealed class ForeignRequestJourneyTests(BrowserApp app)
{
    private static readonly string[] Tabs = ["overview", "work", "board", "schedule", "baselines", "raid", "members", "history"];

    [Fact]
    public async Task MainPages_SignedIn_AskNoOtherHostAndBreakNoPolicy()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.AdminEmail);
        var watch = await Watch.StartAsync(page, app.BaseUrl);

        var paths = new List<string> { "/" };
        paths.AddRange(Tabs.Select(tab => $"/projects/CLD?tab={tab}"));
        paths.AddRange(["/projects/CLD/gantt", "/work-items/CLD-1", "/raid/CLD-R1", "/admin/users"]);
        foreach (var path in paths)
        {
            await watch.VisitAsync(path, interactive: true);
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users" })).ToBeVisibleAsync();
        watch.ShouldBeClean();
    }

    [Fact]
    public async Task SignInPage_SignedOut_AsksNoOtherHostAndBreaksNoPolicy()
    {
        var page = await app.NewPageAsync();
        var watch = await Watch.StartAsync(page, app.BaseUrl);

        await watch.VisitAsync("/account/login", interactive: false);
        await page.GetByLabel("Email").FillAsync(DemoSeeder.LeadEmail);
        await page.GetByLabel("Password").FillAsync(BrowserApp.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForInteractiveAsync();

        watch.ShouldBeClean();
    }

    [Fact]
    public async Task ApiReference_RendersFromThisServerAlone()
    {
        var page = await app.NewPageAsync();
        var watch = await Watch.StartAsync(page, app.BaseUrl);

        await watch.VisitAsync("/api/reference", interactive: false);

        // Scalar has rendered the document (not just its grey skeleton): the sidebar lists the API's sections.
        var sidebar = page.GetByRole(AriaRole.Complementary, new() { Name = "Sidebar for TpmHub API" });
        await Assertions.Expect(sidebar.GetByRole(AriaRole.Link, new() { Name = "Projects", Exact = true })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ShotAsync("api-reference");
        watch.ShouldBeClean();
    }

    /// <summary>Records requests to other origins, CSP violations and page errors while a page is used.</summary>
    private sealed class Watch
    {
        private readonly IPage _page;
        private readonly string _origin;
        private readonly ConcurrentQueue<string> _foreign = new();
        private readonly ConcurrentQueue<string> _violations = new();
        private readonly ConcurrentQueue<string> _unprotected = new();
        private readonly ConcurrentQueue<string> _requests = new();

        private Watch(IPage page, string baseUrl)
        {
            _page = page;
            _origin = new Uri(baseUrl).GetLeftPart(UriPartial.Authority);
        }

        public static async Task<Watch> StartAsync(IPage page, string baseUrl)
        {
            var watch = new Watch(page, baseUrl);
            page.Request += (_, request) => watch.OnRequest(request.Url);
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                {
                    watch._violations.Enqueue($"{page.Url}: {message.Text}");
                }
            };
            page.PageError += (_, error) => watch._violations.Enqueue($"{page.Url}: page error {error}");
            // The event reaches the test through a binding, so a violation is seen even if the console message is not.
            await page.Context.ExposeBindingAsync("tpmhubReportCsp", (BindingSource _, string text) => watch._violations.Enqueue(text));
            await page.Context.AddInitScriptAsync("""
                document.addEventListener('securitypolicyviolation', function (e) {
                    window.tpmhubReportCsp(location.pathname + location.search + ': ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline'));
                });
                """);
            return watch;
        }

        public async Task VisitAsync(string path, bool interactive)
        {
            var response = await _page.GotoAsync(path);
            response.Should().NotBeNull();
            response!.Ok.Should().BeTrue($"{path} answers");
            var policy = await response.HeaderValueAsync("content-security-policy");
            if (policy is null || !policy.Contains("script-src 'self'", StringComparison.Ordinal))
            {
                _unprotected.Enqueue($"{path}: {policy ?? "no policy"}");
            }

            if (interactive)
            {
                await _page.WaitForInteractiveAsync();
            }

            try
            {
                await _page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 30_000 });
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"{path} never went network-idle; last requests: {string.Join(" ", _requests.TakeLast(8))}");
            }
        }

        public void ShouldBeClean()
        {
            _foreign.Should().BeEmpty("every asset is served by the app itself (machines without internet)");
            _violations.Should().BeEmpty("the Content-Security-Policy blocks nothing the pages need");
            _unprotected.Should().BeEmpty("every page is served under a Content-Security-Policy with script-src 'self'");
        }

        private void OnRequest(string url)
        {
            _requests.Enqueue(url);
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is "data" or "blob" or "about")
            {
                return;
            }

            if (!string.Equals(uri.GetLeftPart(UriPartial.Authority), _origin, StringComparison.OrdinalIgnoreCase)
                && !(uri.Scheme is "ws" or "wss" && string.Equals(uri.Authority, new Uri(_origin).Authority, StringComparison.OrdinalIgnoreCase)))
            {
                _foreign.Enqueue(url);
            }
        }
    }
}
