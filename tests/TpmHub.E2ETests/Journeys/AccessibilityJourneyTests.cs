using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TpmHub.Web.Data;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Seeding;
using Xunit.Abstractions;

namespace TpmHub.E2ETests.Journeys;

/// <summary>
/// WCAG 2.1 A/AA checks (axe-core) over every main page in light and dark mode, the skip link and focus ring, and
/// keyboard use of the heat map, the Gantt and the board. A new page or colour that breaks a rule fails here.
/// </summary>
[Collection(BrowserAuditCollection.Name)]
public sealed class AccessibilityJourneyTests(BrowserApp app, ITestOutputHelper output)
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The pages an admin reaches from the portfolio; every one must be clean.</summary>
    private static readonly string[] SignedInPages =
    [
        "/",
        "/projects/CLD",
        "/projects/CLD?tab=work",
        "/projects/CLD?tab=board",
        "/projects/CLD?tab=schedule",
        "/projects/CLD?tab=baselines",
        "/projects/CLD?tab=budget",
        "/projects/CLD?tab=stakeholders",
        "/projects/CLD?tab=raci",
        "/projects/CLD?tab=communications",
        "/projects/CLD?tab=decisions",
        "/people",
        "/certifications",
        "/capacity",
        "/projects/CLD?tab=meetings",
        "/projects/CLD?tab=time",
        "/projects/CLD?tab=team",
        "/projects/CLD?tab=forecast",
        "/projects/CLD?tab=raid",
        "/projects/CLD?tab=reports",
        "/projects/CLD?tab=members",
        "/projects/CLD?tab=history",
        "/projects/CLD?tab=sharing",
        "/projects/CLD/dashboard",
        "/projects/CLD/gantt",
        "/work-items/CLD-1",
        "/raid/CLD-R1",
        "/admin/users",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MainPages_InLightAndDarkMode_HaveNoWcagViolations(bool dark)
    {
        var report = new StringBuilder();
        var total = 0;

        // Signed out: the sign-in page (static, always light).
        var signedOut = await app.NewPageAsync();
        await signedOut.GotoAsync("/account/login");
        total += await AuditAsync(signedOut, "/account/login", report);
        await signedOut.Context.CloseAsync();

        var page = await app.SignedInPageAsync(DemoSeeder.AdminEmail);
        if (dark)
        {
            // The moon button in the top bar; the choice is remembered for the pages that follow.
            await page.GetByRole(AriaRole.Button, new() { Name = "Toggle dark mode" }).ClickAsync();
            await page.WaitForFunctionAsync("() => localStorage.getItem('tpmhub.darkMode') === 'true'");
        }

        foreach (var path in SignedInPages.Concat(await MeetingPagesAsync()).Concat(await PersonPagesAsync()))
        {
            await page.GotoAsync(path);
            await page.WaitForInteractiveAsync();
            await WaitForThemeAsync(page, dark);
            total += await AuditAsync(page, path, report);
        }

        output.WriteLine($"{(dark ? "Dark" : "Light")} mode: {total} violating elements");
        output.WriteLine(report.ToString());
        total.Should().Be(0, "every main page should pass WCAG 2.1 A/AA in {0} mode:\n{1}", dark ? "dark" : "light", report);
    }

    /// <summary>The demo's design review (its notes hold a table) and its minutes: pages whose address carries the meeting's id.</summary>
    private async Task<string[]> MeetingPagesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>().CreateDbContextAsync();
        var id = await db.Meetings.Where(m => m.Title == "Landing zone network design review").Select(m => m.Id).FirstAsync();
        return [$"/projects/CLD/meetings/{id}", $"/projects/CLD/meetings/{id}/minutes"];
    }

    /// <summary>A person page with credentials in every state worth seeing (Marcus Chen's PMP expires next month).</summary>
    private async Task<string[]> PersonPagesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>().CreateDbContextAsync();
        var id = await db.People.Where(p => p.Name == "Marcus Chen").Select(p => p.Id).FirstAsync();
        return [$"/people/{id}"];
    }

    [Fact]
    public async Task Portfolio_FirstTab_FocusesSkipLinkWhichJumpsToMainContent()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail);
        // Blazor puts focus on the page heading after navigating; start where a keyboard user coming from the browser's
        // address bar starts: the top of the document.
        await StartAtTopOfDocumentAsync(page);

        await page.Keyboard.PressAsync("Tab");

        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeVisibleAsync();
        (await skip.BoundingBoxAsync())!.Width.Should().BeGreaterThan(20, "the skip link shows itself when focused");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.closest('#main-content') !== null");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<bool>("() => document.activeElement.closest('.mud-main-content') !== null"))
            .Should().BeTrue("after the skip link, Tab continues inside the main content, not the top bar or drawer");
    }

    [Fact]
    public async Task Portfolio_TabbingThroughControls_EveryFocusedElementShowsAFocusRing()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail);
        await StartAtTopOfDocumentAsync(page);
        var seen = new List<string>();
        var missing = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<FocusStyle>(
                """
                () => {
                    const e = document.activeElement;
                    // A checkbox or switch hides its input; the ring is drawn on the control around it.
                    const shown = e.matches('input[type=checkbox]') ? (e.closest('.mud-button-root') || e) : e;
                    const s = getComputedStyle(shown);
                    const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
                    return { name: e.tagName + ' ' + (e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40), ring };
                }
                """);
            seen.Add(focus.Name);
            if (!focus.Ring)
            {
                missing.Add(focus.Name);
            }
        }

        output.WriteLine(string.Join("\n", seen));
        missing.Should().BeEmpty("every focusable element shows a visible focus ring (outline or box-shadow)");
        seen.Should().Contain(n => n.StartsWith("BUTTON", StringComparison.Ordinal), "the walk reaches buttons");
        seen.Should().Contain(n => n.StartsWith("A ", StringComparison.Ordinal), "the walk reaches links");
    }

    [Fact]
    public async Task HeatMap_ArrowKeysAndEnter_FilterTheRisksOfTheCell()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.AdminEmail, path: "/projects/CLD?tab=raid");
        var grid = page.GetByTestId("heat").GetByRole(AriaRole.Grid);
        await Assertions.Expect(grid).ToBeVisibleAsync();
        var cells = grid.GetByRole(AriaRole.Gridcell);
        await Assertions.Expect(cells).ToHaveCountAsync(25);

        // One cell at a time takes Tab (roving tabindex); arrows move within the grid.
        var first = grid.Locator("button[tabindex='0']");
        await Assertions.Expect(first).ToHaveCountAsync(1);
        await first.FocusAsync();
        var start = await ActiveTestIdAsync(page);
        await page.Keyboard.PressAsync("ArrowRight");
        var right = await ActiveTestIdAsync(page);
        right.Should().NotBe(start, "ArrowRight moves to the next impact");
        await page.Keyboard.PressAsync("ArrowLeft");
        (await ActiveTestIdAsync(page)).Should().Be(start);
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        (await ActiveTestIdAsync(page)).Should().Be(start);

        // Find a cell with risks by walking the grid from the keyboard, then Enter selects it.
        await page.Keyboard.PressAsync("Control+Home");
        string? target = null;
        for (var row = 0; row < 5 && target is null; row++)
        {
            for (var col = 0; col < 5; col++)
            {
                var count = await page.EvaluateAsync<string>("() => document.activeElement.dataset.count");
                if (count != "0")
                {
                    target = await ActiveTestIdAsync(page);
                    break;
                }

                await page.Keyboard.PressAsync("ArrowRight");
            }

            if (target is null)
            {
                for (var col = 0; col < 5; col++)
                {
                    await page.Keyboard.PressAsync("ArrowLeft");
                }

                await page.Keyboard.PressAsync("ArrowDown");
            }
        }

        target.Should().NotBeNull("the demo portfolio has open risks");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId(target!)).ToHaveAttributeAsync("aria-pressed", "true");
    }

    [Fact]
    public async Task Gantt_ArrowDownAndEnter_OpensTheWorkItem()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.AdminEmail, path: "/projects/CLD/gantt");
        var rows = page.GetByTestId("gantt-scroll").Locator("[data-testid^='gantt-row-']");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        await rows.First.FocusAsync();
        var firstKey = await page.EvaluateAsync<string>("() => document.activeElement.dataset.key");
        await page.Keyboard.PressAsync("ArrowDown");
        var secondKey = await page.EvaluateAsync<string>("() => document.activeElement.dataset.key");
        secondKey.Should().NotBe(firstKey, "ArrowDown moves to the next row");
        await page.Keyboard.PressAsync("ArrowUp");
        (await page.EvaluateAsync<string>("() => document.activeElement.dataset.key")).Should().Be(firstKey);
        await page.Keyboard.PressAsync("ArrowDown");

        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync($"**/work-items/{secondKey}");
    }

    [Fact]
    public async Task Board_CardFocusAndEnter_OpensTheItem_ArrowsMoveBetweenCards()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.AdminEmail, path: "/projects/CLD?tab=board");
        var card = page.Locator("[data-testid^='board-card-']").First;
        await Assertions.Expect(card).ToBeVisibleAsync();
        await card.FocusAsync();
        await Assertions.Expect(card).ToBeFocusedAsync();
        var key = await ActiveTestIdAsync(page);

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        (await ActiveTestIdAsync(page)).Should().Be(key, "Down then Up comes back to the same card");
        await page.Keyboard.PressAsync("ArrowRight");
        var moved = await ActiveTestIdAsync(page);
        moved.Should().StartWith("board-card-");

        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync($"**/work-items/{moved!["board-card-".Length..]}");
    }

    private static async Task StartAtTopOfDocumentAsync(IPage page) =>
        await page.EvaluateAsync(
            """
            () => {
                const start = document.createElement('span');
                start.tabIndex = -1;
                document.body.prepend(start);
                start.focus();
                start.remove();
            }
            """);

    private static Task<string?> ActiveTestIdAsync(IPage page) =>
        page.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.getAttribute('data-testid')");

    private static async Task WaitForThemeAsync(IPage page, bool dark)
    {
        // MudBlazor's light background is white; dark mode applies after the circuit reads localStorage.
        await page.WaitForFunctionAsync(
            dark
                ? "() => getComputedStyle(document.body).backgroundColor !== 'rgb(255, 255, 255)'"
                : "() => getComputedStyle(document.body).backgroundColor === 'rgb(255, 255, 255)'");
    }

    private static async Task<int> AuditAsync(IPage page, string path, StringBuilder report)
    {
        // Let loading bars finish and transitions (tabs, ripples) settle: axe reads colours as they are painted.
        await Assertions.Expect(page.Locator(".mud-progress-linear")).ToHaveCountAsync(0);
        await page.WaitForTimeoutAsync(400);
        // Only violations are read, so axe is told not to collect every passing node (much faster on large pages; the
        // rules run and violations are reported exactly as before).
        AxeResult result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
            ResultTypes = [ResultType.Violations],
        });
        var count = result.Violations.Sum(v => v.Nodes.Length);
        report.AppendLine($"{path}: {count}");
        foreach (var violation in result.Violations)
        {
            report.AppendLine($"  {violation.Id} ({violation.Nodes.Length}): {violation.Help}");
            foreach (var node in violation.Nodes.Take(6))
            {
                report.AppendLine($"    {string.Join(" ", node.Target)} {node.Any.Concat(node.All).Concat(node.None).FirstOrDefault()?.Message}");
            }
        }

        return count;
    }

    private sealed class FocusStyle
    {
        public string Name { get; set; } = "";

        public bool Ring { get; set; }
    }
}
