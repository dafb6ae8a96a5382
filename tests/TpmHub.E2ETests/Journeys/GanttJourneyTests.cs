using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TpmHub.Core.Projects;
using TpmHub.Core.Schedule;
using TpmHub.Core.Work;
using TpmHub.E2ETests.Infrastructure;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Projects;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Gantt;
using TpmHub.Web.Features.Work.Items;
using TpmHub.Web.Features.Work.Schedule;
using Xunit.Abstractions;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Seeding;

namespace TpmHub.E2ETests.Journeys;

[Collection(BrowserAppCollection.Name)]
public sealed class GanttJourneyTests(BrowserApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task Lead_OpensTheGantt_SeesCriticalChainArrowTodayLineAndBaselineBars()
    {
        // Items start today (a "start no earlier than" date) and the migration is long, so the chain is the latest work in
        // CLD (whose plan runs to spring 2027) whatever other journeys have put there; the today line sits at the start of the bars.
        var tag = Guid.NewGuid().ToString("N")[..6];
        var lead = await LeadAsync();
        var today = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        await using var scope = app.Services.CreateAsyncScope();
        var items = scope.ServiceProvider.GetRequiredService<WorkItemService>();
        var dependencies = scope.ServiceProvider.GetRequiredService<DependencyService>();
        var cld = await AccessAsync(scope, lead, "CLD");
        var design = await CreateAsync(items, cld, $"Gantt {tag}: design landing zone", WorkItemType.Task, 20, today, percent: 40);
        var migrate = await CreateAsync(items, cld, $"Gantt {tag}: migrate wave 1", WorkItemType.Task, 150, null);
        var live = await CreateAsync(items, cld, $"Gantt {tag}: wave 1 live", WorkItemType.Milestone, 0, null);
        var runbooks = await CreateAsync(items, cld, $"Gantt {tag}: tidy runbooks", WorkItemType.Task, 5, today);
        await LinkAsync(dependencies, cld, design, migrate);
        await LinkAsync(dependencies, cld, migrate, live);

        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, width: 1600, height: 1000);
        await WatchForFlashesAsync(page);
        await page.GotoAsync("/projects/CLD/gantt");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("gantt-scroll")).ToHaveAttributeAsync("data-whole", "true");
        await ShouldNotHaveFlashedAsync(page);

        var designBar = page.GetByTestId($"gantt-bar-{design}");
        var migrateBar = page.GetByTestId($"gantt-bar-{migrate}");
        await Assertions.Expect(designBar).ToBeVisibleAsync();
        await Assertions.Expect(migrateBar).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId($"gantt-bar-{live}")).ToHaveClassAsync(new Regex(@"\bgantt-milestone\b.*\bcritical\b"));
        await Assertions.Expect(page.GetByTestId($"gantt-arrow-{design}-{migrate}")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId($"gantt-arrow-{design}-{migrate}")).ToHaveClassAsync(new Regex(@"\bcritical\b"));
        await Assertions.Expect(designBar).ToHaveClassAsync(new Regex(@"\bcritical\b"));
        await Assertions.Expect(migrateBar).ToHaveClassAsync(new Regex(@"\bcritical\b"));
        await Assertions.Expect(page.GetByTestId($"gantt-bar-{runbooks}")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId($"gantt-bar-{runbooks}")).Not.ToHaveClassAsync(new Regex(@"\bcritical\b"));
        await Assertions.Expect(page.GetByTestId("gantt-today")).ToHaveCountAsync(1);

        // The successor's bar starts where the predecessor's ends (FS, no lag) and is 150/20 as long.
        var designBox = (await designBar.BoundingBoxAsync())!;
        var migrateBox = (await migrateBar.BoundingBoxAsync())!;
        migrateBox.X.Should().BeApproximately(designBox.X + designBox.Width, 1);
        migrateBox.Width.Should().BeApproximately(designBox.Width * 150 / 20, 2);
        // The today line is inside today's column, at the start of the work that starts today.
        var todayBox = (await page.GetByTestId("gantt-today").BoundingBoxAsync())!;
        todayBox.X.Should().BeInRange(designBox.X - 20, designBox.X + 20);

        // A baseline freezes the plan; then the design slips by five days.
        var baselines = scope.ServiceProvider.GetRequiredService<BaselineService>();
        var baselineName = $"Gantt {tag} approved plan";
        (await baselines.SaveAsync(cld, baselineName)).IsSuccess.Should().BeTrue();
        var current = (await items.GetAsync(cld, design)).Value!;
        var slipped = WorkItemService.ToDraft(current) with { DurationDays = 25 };
        (await items.UpdateAsync(cld, design, slipped, current.Version)).IsSuccess.Should().BeTrue();

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId($"gantt-baseline-{design}")).ToHaveCountAsync(0);
        await page.GetByLabel("Baseline", new() { Exact = true }).ClickAsync();
        await page.GetByText(baselineName).ClickAsync();

        var migrateBaseline = page.GetByTestId($"gantt-baseline-{migrate}");
        await Assertions.Expect(page.GetByTestId($"gantt-baseline-{design}")).ToBeVisibleAsync();
        await Assertions.Expect(migrateBaseline).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId($"gantt-baseline-{runbooks}")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId($"gantt-baseline-{live}")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("gantt-baseline-variance")).ToContainTextAsync("5 working days late");
        // The baseline bar of the successor is where the bar was before the slip: five working days to the left.
        var dayWidth = designBox.Width / 20;
        var slippedBox = (await migrateBar.BoundingBoxAsync())!;
        var baselineBox = (await migrateBaseline.BoundingBoxAsync())!;
        (slippedBox.X - baselineBox.X).Should().BeApproximately(5 * dayWidth, 1);
        baselineBox.Width.Should().BeApproximately(slippedBox.Width, 1);
        await page.ShotAsync("gantt");

        // Month zoom draws the same bar at a fifth of the width. (MudToggleItem is a button with role checkbox.)
        var month = page.GetByRole(AriaRole.Checkbox, new() { Name = "Month" });
        await month.ClickAsync();
        await Assertions.Expect(month).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByTestId("gantt-axis")).ToContainTextAsync(today.ToString("MMM", System.Globalization.CultureInfo.InvariantCulture));
        var monthBox = (await designBar.BoundingBoxAsync())!;
        monthBox.Width.Should().BeApproximately(25 * dayWidth / 5, 1);
        await page.ShotAsync("gantt-month");

        await designBar.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/work-items/{design}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(design);
    }

    [Fact]
    public async Task Lead_OpensTheGanttOfAnUnknownProject_SeesNotFound()
    {
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail);
        await page.GotoAsync("/projects/NOPE/gantt");

        await Assertions.Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Lead_OpensAnEmptyProjectsGantt_SeesTheEmptyState()
    {
        var lead = await LeadAsync();
        await CreateProjectAsync(lead, "GANTTNIL");
        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail);
        await page.GotoAsync("/projects/GANTTNIL/gantt");

        await Assertions.Expect(page.GetByTestId("gantt-empty")).ToContainTextAsync("No work items yet");
    }

    [Fact]
    public async Task Lead_OpensAFiveThousandItemGantt_OnlyRowsInViewAreRenderedAndScrollingReachesTheEnd()
    {
        const string key = "GANTTBIG";
        const int count = 5000;
        var lead = await LeadAsync();
        await SeedLargeProjectAsync(lead, key, count);

        // Speed is measured by benchmarks (docs/benchmarks.md), not asserted here; this test checks the virtualisation.
        await using var scope = app.Services.CreateAsyncScope();
        var access = await AccessAsync(scope, lead, key);
        var all = (await scope.ServiceProvider.GetRequiredService<WorkItemService>().AllAsync(access)).Value!;
        // The chart opens on the first row (in schedule order) not finished by today.
        var today = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var whole = (await scope.ServiceProvider.GetRequiredService<GanttService>().OpenAsync(access)).Value!;
        var anchor = whole.Items[WorkGanttLayout.Build(whole, null, today, WorkGanttZoom.Week).AnchorRow].Key;
        output.WriteLine($"Opens at {anchor}");
        anchor.Should().NotBe(all[0].Key, "half the plan is finished by now, so the chart does not open at its top");

        var page = await app.SignedInPageAsync(DemoSeeder.LeadEmail, width: 1366, height: 900);
        await WatchForFlashesAsync(page);
        var response = await page.GotoAsync($"/projects/{key}/gantt");

        // The first rows are in the server's HTML (prerendered), before any script has run.
        var html = await response!.TextAsync();
        html.Should().Contain($"data-testid=\"gantt-bar-{anchor}\"").And.NotContain($"data-testid=\"gantt-bar-{all[0].Key}\"")
            .And.NotContain($"data-testid=\"gantt-bar-{all[^1].Key}\"");
        await Assertions.Expect(page.GetByTestId($"gantt-bar-{anchor}")).ToBeInViewportAsync();
        // The circuit takes over the prerendered rows and then reads the rest of the plan; the bars never go away meanwhile.
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("gantt-loading-rest")).ToHaveCountAsync(0);
        await ShouldNotHaveFlashedAsync(page);

        var rendered = await page.Locator("[data-testid^=gantt-bar-]").CountAsync();
        output.WriteLine($"Bars in the DOM: {rendered}");
        rendered.Should().BeInRange(10, 80);
        (await page.Locator("[data-testid^=gantt-arrow-]").CountAsync()).Should().BeLessThan(200);

        await page.GetByTestId("gantt-scroll").EvaluateAsync("el => el.scrollTop = el.scrollHeight");
        var lastBar = page.GetByTestId($"gantt-bar-{all[^1].Key}");
        await Assertions.Expect(lastBar).ToBeAttachedAsync();
        await lastBar.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(page.GetByTestId($"gantt-bar-{all[0].Key}")).ToHaveCountAsync(0);
        (await page.Locator("[data-testid^=gantt-bar-]").CountAsync()).Should().BeInRange(10, 80);
        await page.ShotAsync("gantt-5000-end");

        // Today takes the lead back to where the chart opened.
        await page.GetByTestId("gantt-today-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId($"gantt-bar-{anchor}")).ToBeInViewportAsync();
        await Assertions.Expect(lastBar).ToHaveCountAsync(0);
    }

    /// <summary>Watches every document the page loads from its first byte: do the bars, once there, ever vanish, or a loading bar show?</summary>
    private static async Task WatchForFlashesAsync(IPage page) => await page.AddInitScriptAsync("""
        window.__gantt = { seen: false, vanished: false, loading: false };
        new MutationObserver(() => {
            const bars = document.querySelectorAll('[data-testid^=gantt-bar-]').length;
            if (bars > 0) { window.__gantt.seen = true; } else if (window.__gantt.seen) { window.__gantt.vanished = true; }
            if (document.querySelector('[data-testid=gantt-loading]')) { window.__gantt.loading = true; }
        }).observe(document, { childList: true, subtree: true });
        """);

    /// <summary>The prerendered bars stayed on screen while the circuit started and the plan loaded.</summary>
    private static async Task ShouldNotHaveFlashedAsync(IPage page)
    {
        var watched = await page.EvaluateAsync<Dictionary<string, bool>>("() => window.__gantt");
        watched.Should().Equal(new Dictionary<string, bool> { ["seen"] = true, ["vanished"] = false, ["loading"] = false });
    }

    private async Task<CurrentUser> LeadAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var lead = (await users.FindByEmailAsync(DemoSeeder.LeadEmail))!;
        return new CurrentUser(lead.Id, lead.UserName!, [ProjectRole.TeamLead]);
    }

    private static async Task<ProjectAccess> AccessAsync(AsyncServiceScope scope, CurrentUser user, string key) =>
        (await scope.ServiceProvider.GetRequiredService<ProjectGate>().ProjectAsync(user, key, AccessNeed.Write)).Value!;

    private static async Task<string> CreateAsync(WorkItemService items, ProjectAccess project, string title, WorkItemType type, int days, DateOnly? notBefore,
        int percent = 0)
    {
        var draft = new WorkItemDraft(title, type, WorkItemStatus.ToDo, WorkItemPriority.Medium, null, null, null, days, null, percent, notBefore,
            null, null, null, null, null);
        var created = await items.CreateAsync(project, draft);
        created.IsSuccess.Should().BeTrue(created.Error?.ToString());
        return created.Value!.Key;
    }

    private static async Task LinkAsync(DependencyService dependencies, ProjectAccess project, string predecessor, string successor)
    {
        var linked = await dependencies.AddAsync(project, new DependencyDraft(predecessor, successor, "FS", 0));
        linked.IsSuccess.Should().BeTrue(linked.Error?.ToString());
    }

    private async Task CreateProjectAsync(CurrentUser lead, string key, DateOnly? start = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var projects = scope.ServiceProvider.GetRequiredService<ProjectService>();
        var draft = new ProjectDraft(key, $"Gantt test {key}", ProjectKind.Other, ProjectPhase.Build, ProjectStatus.Active, lead.UserId,
            start ?? new DateOnly(2026, 1, 5), new DateOnly(2035, 12, 31), "USD", "", "");
        var created = await projects.CreateAsync(lead, draft);
        created.IsSuccess.Should().BeTrue(created.Error?.ToString());
    }

    /// <summary>
    /// A project of <paramref name="count"/> tasks in chains of four, written straight to the database (creating them
    /// one by one through the service would recompute the schedule 5,000 times), then scheduled once. It started 200
    /// days ago and runs about as long again, so today is in the middle of it whenever the test runs.
    /// </summary>
    private async Task SeedLargeProjectAsync(CurrentUser lead, string key, int count)
    {
        var today = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        await CreateProjectAsync(lead, key, today.AddDays(-200));
        await using var factoryScope = app.Services.CreateAsyncScope();
        var factory = factoryScope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var project = await db.Projects.Where(p => p.Key == key).Select(p => new ProjectAccess(p.Id, p.Key, p.Name, p.StartDate, p.Currency, lead, true)).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        var items = Enumerable.Range(1, count).Select(n => new WorkItem
        {
            Id = Guid.CreateVersion7(),
            ProjectId = project.Id,
            Number = n,
            Key = $"{key}-{n}",
            Type = WorkItemType.Task,
            Title = $"Workload {n}: rehost and cut over",
            Status = WorkItemStatus.ToDo,
            DurationDays = 1 + (n * 7 % 10),
            PercentComplete = n * 13 % 100,
            StartNoEarlierThan = project.StartDate.AddDays(n / 4 % 400),
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        db.WorkItems.AddRange(items);
        db.Dependencies.AddRange(items.Where(w => w.Number % 4 != 1).Select(w => new Dependency
        {
            Id = Guid.CreateVersion7(),
            ProjectId = project.Id,
            PredecessorId = items[w.Number - 2].Id,
            SuccessorId = w.Id,
            Type = w.Number % 4 == 3 ? LinkType.SS : LinkType.FS,
            LagDays = 0,
            CreatedAt = now,
        }));
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlAsync($"INSERT INTO work_item_sequences (project_id, next_number) VALUES ({project.Id}, {count + 1}) ON CONFLICT (project_id) DO UPDATE SET next_number = {count + 1}");
        await ScheduleService.RecomputeAsync(db, project, default);
    }
}
