using Microsoft.Playwright;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Data;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

/// <summary>
/// A page opened by a full load is prerendered, then rendered again when its circuit starts. These journeys watch the
/// document from its first byte and fail if a loading bar ever shows or the page's content ever goes away meanwhile.
/// (A page that does read again fails these in most runs, not all: when its read is quick, the loading render and the
/// content render can reach the browser in one message and never be painted apart — which a user would not see either.
/// Checked by switching the hand-off off: every page failed, the users page in two runs of three.)
/// </summary>
[Collection(BrowserAppCollection.Name)]
public sealed class PrerenderJourneyTests(BrowserApp app)
{
    private const string AnyLoadingBar = ".mud-progress-linear";

    [Theory]
    [InlineData("/", "[data-testid=portfolio-grid]", AnyLoadingBar)]
    [InlineData("/projects/CLD", "h1", AnyLoadingBar)]
    [InlineData("/projects/CLD/gantt", "[data-testid^=gantt-bar-]", AnyLoadingBar)]
    [InlineData("/projects/CLD?tab=schedule", "[data-testid=schedule-table]", AnyLoadingBar)]
    [InlineData("/projects/CLD?tab=baselines", "[data-testid=variance-table]", AnyLoadingBar)]
    [InlineData("/projects/CLD?tab=board", "[data-testid^=board-card-]", AnyLoadingBar)]
    [InlineData("/capacity", "[data-testid=capacity-table]", AnyLoadingBar)]
    [InlineData("/work-items/CLD-1", "h1", AnyLoadingBar)]
    [InlineData("/raid/CLD-R1", "h1", AnyLoadingBar)]
    // The RAID tab's list reads its page itself after the circuit starts (its table shows its own loading line); the
    // heat map and trend above it must not flash.
    [InlineData("/projects/CLD?tab=raid", "[data-testid^=heat-][data-count]", ".mud-progress-linear:not(.mud-table .mud-progress-linear)")]
    public async Task Lead_OpensAPageByAFullLoad_ItIsPaintedWithItsContentAndNeverFlashesALoadingState(string path, string content, string loading)
    {
        await OpenAndWatchAsync(DemoSeeder.LeadEmail, path, content, loading);
    }

    [Fact]
    public async Task Admin_OpensTheUsersPageByAFullLoad_ItNeverFlashesALoadingState()
    {
        await OpenAndWatchAsync(DemoSeeder.AdminEmail, "/admin/users", "td[data-label=Email]", AnyLoadingBar);
    }

    private async Task OpenAndWatchAsync(string email, string path, string content, string loading)
    {
        var page = await app.SignedInPageAsync(email);
        await page.AddInitScriptAsync($$"""
            window.__watch = { seen: false, vanished: false, loading: false };
            new MutationObserver(() => {
                if (document.querySelector({{System.Text.Json.JsonSerializer.Serialize(content)}})) { window.__watch.seen = true; }
                else if (window.__watch.seen) { window.__watch.vanished = true; }
                if (document.querySelector({{System.Text.Json.JsonSerializer.Serialize(loading)}})) { window.__watch.loading = true; }
            }).observe(document, { childList: true, subtree: true });
            """);

        var response = await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator(content).First).ToBeVisibleAsync();

        (await response!.TextAsync()).Should().Contain("<h1", "the page's content is in the server's HTML");
        var watched = await page.EvaluateAsync<Dictionary<string, bool>>("() => window.__watch");
        watched.Should().Equal(new Dictionary<string, bool> { ["seen"] = true, ["vanished"] = false, ["loading"] = false });
    }
}
