using Microsoft.Extensions.DependencyInjection;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Work.Gantt;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.IntegrationTests.Work;

[Collection(TpmHubAppCollection.Name)]
public sealed class GanttServiceTests(TpmHubApp app)
{
    [Fact]
    public async Task Open_WholePlan_HasEveryItemInScheduleOrderAndEveryLink()
    {
        var (work, keys) = await PlanAsync();

        var plan = await OpenAsync(work, null);

        plan.IsWhole.Should().BeTrue();
        plan.RowCount.Should().Be(8);
        // Early start, then early finish, then number: C 0–2, A 0–5, E 2–12, B 5–8, D 8–12, F 12, G 20–21, H 21–27.
        plan.Items.Select(i => (i.Row, i.Key)).Should().Equal(
            (0, keys["C"]), (1, keys["A"]), (2, keys["E"]), (3, keys["B"]), (4, keys["D"]), (5, keys["F"]), (6, keys["G"]), (7, keys["H"]));
        plan.Items.Single(i => i.Key == keys["E"]).Should().Match<WorkGanttItem>(i => i.StartOffset == 2 && i.FinishOffset == 12);
        plan.Links.Should().HaveCount(6);
        (plan.ExtentStart, plan.ExtentFinish).Should().Be((0, 27));
        plan.ProjectKey.Should().Be(work.ProjectKey);
        plan.Calendar.Start.Should().Be(new DateOnly(2026, 1, 5));
    }

    [Fact]
    public async Task Open_Opening_IsTheRowsAroundTheWorkAtHandTheItemsTheirLinksReachAndThoseLinks()
    {
        var (work, keys) = await PlanAsync();
        var whole = await OpenAsync(work, null);
        // Friday 16 January is offset 9: C and A are finished, E (2–12) is the first row not finished — the anchor.
        var today = new DateOnly(2026, 1, 16);

        var opening = await OpenAsync(work, new WorkGanttOpening(today, 1, 2));

        opening.IsWhole.Should().BeFalse();
        (opening.RowCount, opening.FirstRow, opening.EndRow, opening.AnchorRow, opening.ExtentStart, opening.ExtentFinish).Should().Be((8, 1, 4, 2, 0, 27));
        var block = whole.Items.Where(i => i.Row is >= 1 and < 4).Select(i => i.Key).ToHashSet();
        block.Should().BeEquivalentTo([keys["A"], keys["E"], keys["B"]]);
        var touching = whole.Links.Where(l => block.Contains(l.Predecessor) || block.Contains(l.Successor)).ToList();
        opening.Links.Should().Equal(touching);
        // A → G (SS + 20) reaches down beyond the block, D → E (FF) comes up into it from below.
        var reached = touching.SelectMany(l => new[] { l.Predecessor, l.Successor }).ToHashSet();
        reached.Should().BeEquivalentTo([keys["A"], keys["B"], keys["D"], keys["E"], keys["G"]]);
        opening.Items.Should().Equal(whole.Items.Where(i => block.Contains(i.Key) || reached.Contains(i.Key)));

        // So the chart it opens on draws those rows exactly as the whole chart does, arrows included, at the same place.
        var window = new WorkGanttWindow(1, 4);
        var openingLayout = WorkGanttLayout.Build(opening, null, today, WorkGanttZoom.Week);
        var wholeLayout = WorkGanttLayout.Build(whole, null, today, WorkGanttZoom.Week);
        openingLayout.LaidOut.Should().Be(window);
        (openingLayout.AnchorRow, wholeLayout.AnchorRow).Should().Be((2, 2));
        Enumerable.Range(1, 3).Select(openingLayout.RowAt).Should().Equal(Enumerable.Range(1, 3).Select(wholeLayout.RowAt));
        (openingLayout.Height, openingLayout.Width, openingLayout.RangeStart, openingLayout.TodayX)
            .Should().Be((wholeLayout.Height, wholeLayout.Width, wholeLayout.RangeStart, wholeLayout.TodayX));
        openingLayout.LinksTouching(window).Select(l => openingLayout.Arrow(l)?.Path).Should()
            .Equal(wholeLayout.LinksTouching(window).Select(l => wholeLayout.Arrow(l)?.Path)).And.HaveCount(4).And.NotContainNulls();
    }

    [Theory]
    [InlineData("2025-12-01")]
    [InlineData("2027-06-01")]
    public async Task Open_OpeningBeforeThePlanOrAfterItsEnd_OpensAtTheFirstRow(string today)
    {
        var (work, _) = await PlanAsync();

        var opening = await OpenAsync(work, new WorkGanttOpening(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), 1, 2));

        (opening.AnchorRow, opening.FirstRow, opening.EndRow).Should().Be((0, 0, 2));
    }

    [Fact]
    public async Task Open_ReadsInAFixedNumberOfQueriesWhateverThePlansSize()
    {
        var (small, _) = await PlanAsync();
        var large = await WorkApi.NewProjectAsync(app);
        string? previous = null;
        for (var i = 0; i < 12; i++)
        {
            var key = await large.AddItemAsync($"Item {i}", 2);
            if (previous is not null)
            {
                (await large.LinkAsync(previous, key)).EnsureSuccessStatusCode();
            }

            previous = key;
        }

        var counts = new List<int>();
        var opening = new WorkGanttOpening(new DateOnly(2026, 1, 16), 1, 2);
        foreach (var (work, rows) in new[] { (small, null), (large, null), (small, opening), (large, opening) })
        {
            using var counter = new QueryCounter();
            await OpenAsync(work, rows);
            counts.Add(counter.Count);
        }

        counts[0].Should().BePositive();
        counts[1].Should().Be(counts[0]);
        counts[3].Should().Be(counts[2]);
    }

    [Fact]
    public async Task Open_ByAUserWhoIsNotAMember_IsNotFound()
    {
        var (work, _) = await PlanAsync();
        var outsider = await app.CreateUserAsync(ProjectRole.TeamLead);

        await using var scope = app.Services.CreateAsyncScope();
        // The Gantt is read through the access gate, which finds no project for a non-member.
        var result = await scope.ServiceProvider.GetRequiredService<ProjectGate>()
            .ProjectAsync(new CurrentUser(outsider.Id, outsider.Email, [ProjectRole.TeamLead]), work.ProjectKey, AccessNeed.Read);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Kind.Should().Be(TpmHub.Core.Common.ErrorKind.NotFound);
    }

    private async Task<WorkGanttPlan> OpenAsync(WorkApi work, WorkGanttOpening? opening)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var access = await scope.ServiceProvider.GetRequiredService<ProjectGate>()
            .ProjectAsync(new CurrentUser(work.Lead.Id, work.Lead.Email, [ProjectRole.TeamLead]), work.ProjectKey, AccessNeed.Read);
        var result = await scope.ServiceProvider.GetRequiredService<GanttService>().OpenAsync(access.Value!, opening);
        result.IsSuccess.Should().BeTrue(result.Error?.ToString());
        return result.Value!;
    }

    /// <summary>Eight items whose schedule order differs from their creation order, with links that reach down and up.</summary>
    private async Task<(WorkApi Work, Dictionary<string, string> Keys)> PlanAsync()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var keys = new Dictionary<string, string>();
        foreach (var (name, days, type) in new[]
                 {
                     ("A", 5, "task"), ("B", 3, "task"), ("C", 2, "task"), ("D", 4, "task"), ("E", 10, "task"), ("F", 0, "milestone"),
                     ("G", 1, "task"), ("H", 6, "task"),
                 })
        {
            keys[name] = await work.AddItemAsync($"Item {name}", days, type);
        }

        foreach (var (from, to, type, lag) in new[]
                 {
                     ("A", "B", "FS", 0), ("B", "D", "FS", 0), ("D", "E", "FF", 0), ("D", "F", "FS", 0), ("A", "G", "SS", 20), ("G", "H", "FS", 0),
                 })
        {
            var response = await work.LinkAsync(keys[from], keys[to], type, lag);
            response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
        }

        return (work, keys);
    }
}
