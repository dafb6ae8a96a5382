using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TpmHub.IntegrationTests.Infrastructure;
using static TpmHub.IntegrationTests.Budget.BudgetApi;

namespace TpmHub.IntegrationTests.Work;

/// <summary>Offset 0 is the project start, so moving the start moves the stored schedule with it, in the same save.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class ProjectStartTests(TpmHubApp app)
{
    [Fact]
    public async Task MovingTheProjectStart_RecomputesTheSchedule()
    {
        var work = await NewProjectAsync(app, new DateOnly(2026, 1, 5));
        var item = await work.AddItemAsync("Build", 5);
        (await work.ScheduledAsync(item))["earlyStart"]!.GetValue<string>().Should().Be("2026-01-05");

        var response = await PutStartAsync(work, "2026-02-02");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var scheduled = await work.ScheduledAsync(item);
        scheduled["earlyStart"]!.GetValue<string>().Should().Be("2026-02-02");
        scheduled["earlyFinish"]!.GetValue<string>().Should().Be("2026-02-06");
        // The stored schedule (what the item page, the Gantt, baselines and earned value read) moved too.
        var stored = await OkAsync(await work.Client.GetAsync($"/api/v1/work-items/{item}"));
        stored["plannedStart"]!.GetValue<string>().Should().Be("2026-02-02");
        stored["plannedFinish"]!.GetValue<string>().Should().Be("2026-02-06");
    }

    [Fact]
    public async Task AStartThatPushesThePlanPastTheWindow_IsRefusedOnStartDate_AndChangesNothing()
    {
        var work = await NewProjectAsync(app, new DateOnly(2026, 1, 5));
        var item = await work.AddItemAsync("Long build", 60);

        var response = await PutStartAsync(work, "2100-12-01", target: "2100-12-31");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorsAsync(response)).Should().ContainKey("startDate");
        (await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}")))["startDate"]!.GetValue<string>().Should().Be("2026-01-05");
        (await work.ScheduledAsync(item))["earlyStart"]!.GetValue<string>().Should().Be("2026-01-05");
    }

    private static async Task<HttpResponseMessage> PutStartAsync(WorkApi work, string start, string? target = null)
    {
        var project = await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}"));
        project["startDate"] = start;
        if (target is not null)
        {
            project["targetDate"] = target;
        }

        return await work.Client.PutAsJsonAsync($"/api/v1/projects/{work.ProjectKey}", project);
    }
}
