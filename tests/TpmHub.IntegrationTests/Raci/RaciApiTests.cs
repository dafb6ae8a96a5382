using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;
using TpmHub.Web.Data;
using static TpmHub.IntegrationTests.Budget.BudgetApi;

namespace TpmHub.IntegrationTests.Raci;

/// <summary>The RACI matrix (issue 11) through the real API: rows, columns, the rule's problems, row checks, roles and cascades.</summary>
[Collection(TpmHubAppCollection.Name)]
public sealed class RaciApiTests(TpmHubApp app)
{
    [Fact]
    public async Task Matrix_RowsAreEpicsAndMilestonesInScheduleOrder_ColumnsMembersThenStakeholders()
    {
        var m = await MatrixAsync(app);

        var matrix = await OkAsync(await m.Work.Client.GetAsync(m.Path));

        matrix["rows"]!.AsArray().Select(r => r!["itemKey"]!.GetValue<string>()).Should().Equal(m.Epic, m.Milestone);
        matrix["rows"]!.AsArray().Select(r => r!["type"]!.GetValue<string>()).Should().Equal("epic", "milestone");
        matrix["rows"]![1]!["title"]!.GetValue<string>().Should().Be("Go-live");
        var columns = matrix["columns"]!.AsArray();
        columns.Select(c => c!["kind"]!.GetValue<string>()).Should().Equal("member", "stakeholder");
        columns[0]!["memberUserId"]!.GetValue<string>().Should().Be(m.Work.Lead.Id);
        columns[1]!["stakeholderId"]!.GetValue<string>().Should().Be(m.Cfo);
        columns[1]!["name"]!.GetValue<string>().Should().Be("CFO");
        var empty = matrix["rows"]![1]!;
        empty["cells"]!.AsArray().Should().BeEmpty();
        empty["problems"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal("noAccountable", "noResponsible");
        empty["problemText"]!.AsArray().Select(p => p!.GetValue<string>())
            .Should().Equal($"No one is accountable for {m.Milestone} Go-live", $"No one is responsible for {m.Milestone} Go-live");
    }

    [Fact]
    public async Task Put_ReplacesTheRow_GetShowsIt_AndARowBreakingTheRuleIsKeptWithItsProblems()
    {
        var m = await MatrixAsync(app);
        var row = $"{m.Path}/{m.Milestone}";

        var put = await OkAsync(await m.Work.Client.PutAsJsonAsync(row, new
        {
            cells = new object[] { new { stakeholderId = m.Cfo, role = "a" }, new { memberUserId = m.Work.Lead.Id, role = "R" } },
        }));

        put["itemKey"]!.GetValue<string>().Should().Be(m.Milestone);
        put["problems"]!.AsArray().Should().BeEmpty();
        put["problemText"]!.AsArray().Should().BeEmpty();
        // Cells come back in column order (members first), roles as upper-case letters.
        put["cells"]!.AsArray().Select(c => (c!["memberUserId"]?.GetValue<string>(), c["stakeholderId"]?.GetValue<string>(), c["role"]!.GetValue<string>()))
            .Should().Equal((m.Work.Lead.Id, (string?)null, "R"), ((string?)null, m.Cfo, "A"));
        var matrix = await OkAsync(await m.Work.Client.GetAsync(m.Path));
        matrix["rows"]![1]!.ToJsonString().Should().Be(put.ToJsonString());
        matrix["rows"]![0]!["cells"]!.AsArray().Should().BeEmpty("a PUT replaces only its own row");

        var two = await OkAsync(await m.Work.Client.PutAsJsonAsync(row, new
        {
            cells = new object[] { new { memberUserId = m.Work.Lead.Id, role = "A" }, new { stakeholderId = m.Cfo, role = "A" } },
        }));

        two["problems"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal("manyAccountable", "noResponsible");
        var leadName = matrix["columns"]![0]!["name"]!.GetValue<string>();
        two["problemText"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal(
            $"2 people are accountable for {m.Milestone} Go-live: {leadName}, CFO", $"No one is responsible for {m.Milestone} Go-live");

        var cleared = await OkAsync(await m.Work.Client.PutAsJsonAsync(row, new { cells = Array.Empty<object>() }));
        cleared["cells"]!.AsArray().Should().BeEmpty();
        (await OkAsync(await m.Work.Client.GetAsync(m.Path)))["rows"]![1]!["cells"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Put_IsRecordedInTheAuditTrail()
    {
        var m = await MatrixAsync(app);

        await OkAsync(await m.Work.Client.PutAsJsonAsync($"{m.Path}/{m.Epic}", new { cells = new object[] { new { stakeholderId = m.Cfo, role = "A" } } }));
        await OkAsync(await m.Work.Client.PutAsJsonAsync($"{m.Path}/{m.Epic}", new { cells = new object[] { new { stakeholderId = m.Cfo, role = "C" } } }));

        var history = (await m.Work.Client.GetFromJsonAsync<JsonArray>($"/api/v1/projects/{m.Work.ProjectKey}/history"))!
            .Where(h => h!["entityType"]!.GetValue<string>() == "RaciCell").ToList();
        history.Select(h => h!["action"]!.GetValue<string>()).Should().Equal("Update", "Insert");
        history.Should().OnlyContain(h => h!["entityId"]!.GetValue<string>() == $"{m.Epic} · CFO" && h["userName"]!.GetValue<string>() == m.Work.Lead.Email);
        var change = history[0]!["changes"]!.AsArray().Single(c => c!["field"]!.GetValue<string>() == "role")!;
        (change["old"]!.GetValue<string>(), change["new"]!.GetValue<string>()).Should().Be(("Accountable", "Consulted"));
    }

    public static TheoryData<string, string> BadRows() => new()
    {
        { """{"cells":[{"memberUserId":"{lead}","stakeholderId":"{cfo}","role":"R"}]}""", "cells[0].memberUserId" },
        { """{"cells":[{"role":"R"}]}""", "cells[0].stakeholderId" },
        { """{"cells":[{"memberUserId":"{lead}","role":"A"},{"memberUserId":"{outsider}","role":"R"}]}""", "cells[1].memberUserId" },
        { """{"cells":[{"stakeholderId":"{foreign}","role":"R"}]}""", "cells[0].stakeholderId" },
        { """{"cells":[{"stakeholderId":"not-a-guid","role":"R"}]}""", "cells[0].stakeholderId" },
        { """{"cells":[{"memberUserId":"{lead}","role":"X"}]}""", "cells[0].role" },
        { """{"cells":[{"memberUserId":"{lead}"}]}""", "cells[0].role" },
        { """{"cells":[{"memberUserId":"{lead}","role":"R"},{"stakeholderId":"{cfo}","role":"A"},{"memberUserId":"{lead}","role":"C"}]}""", "cells[2].memberUserId" },
        { """{"cells":[{"memberUserId":"{lead}","role":"R\u0000"}]}""", "cells[0].role" },
        { """{"cells":[{"memberUserId":"{lead}","role":1}]}""", "cells[0].role" },
        { """{"cells":null}""", "cells" },
        { """{}""", "cells" },
        { """{"cells":{"memberUserId":"{lead}","role":"R"}}""", "cells" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task Put_BadCell_Returns400NamingTheFieldAndChangesNothing(string body, string field)
    {
        var m = await MatrixAsync(app);
        await OkAsync(await m.Work.Client.PutAsJsonAsync($"{m.Path}/{m.Milestone}", new
        {
            cells = new object[] { new { memberUserId = m.Work.Lead.Id, role = "R" }, new { stakeholderId = m.Cfo, role = "A" } },
        }));
        var other = await NewProjectAsync(app);
        var foreign = await CreatedAsync(await other.Client.PostAsJsonAsync($"/api/v1/projects/{other.ProjectKey}/stakeholders",
            new { name = "Their CFO", power = 5, interest = 5, engagement = "neutral", desiredEngagement = "supportive" }));
        var outsider = await app.CreateUserAsync(ProjectRole.TeamLead);
        var before = await m.Work.Client.GetStringAsync(m.Path);

        var filled = body.Replace("{lead}", m.Work.Lead.Id, StringComparison.Ordinal).Replace("{cfo}", m.Cfo, StringComparison.Ordinal)
            .Replace("{foreign}", foreign["id"]!.GetValue<string>(), StringComparison.Ordinal).Replace("{outsider}", outsider.Id, StringComparison.Ordinal);
        (await ErrorsAsync(await m.Work.Client.SendJsonAsync(HttpMethod.Put, $"{m.Path}/{m.Milestone}", filled))).Should().ContainKey(field);

        (await m.Work.Client.GetStringAsync(m.Path)).Should().Be(before);
    }

    [Fact]
    public async Task Put_ItemThatIsATask_NamesItemKey()
    {
        var m = await MatrixAsync(app);
        var before = await m.Work.Client.GetStringAsync(m.Path);

        var errors = await ErrorsAsync(await m.Work.Client.PutAsJsonAsync($"{m.Path}/{m.Task}",
            new { cells = new object[] { new { memberUserId = m.Work.Lead.Id, role = "A" } } }));

        errors.Should().ContainKey("itemKey");
        (await m.Work.Client.GetStringAsync(m.Path)).Should().Be(before);
    }

    [Fact]
    public async Task Put_UnknownItemOrAnotherProjectsItem_Is404()
    {
        var m = await MatrixAsync(app);
        var other = await NewProjectAsync(app);
        var theirs = await other.AddItemAsync("Their milestone", 0, type: "milestone");
        var body = new { cells = new object[] { new { memberUserId = m.Work.Lead.Id, role = "A" } } };

        await NotFoundAsync(await m.Work.Client.PutAsJsonAsync($"{m.Path}/{m.Work.ProjectKey}-999", body));
        await NotFoundAsync(await m.Work.Client.PutAsJsonAsync($"{m.Path}/{theirs}", body));
        await NotFoundAsync(await m.Work.Client.PutAsJsonAsync($"{m.Path}/no-such-key", body));
        // The other project's own lead reaches their item through their project only.
        await NotFoundAsync(await other.Client.PutAsJsonAsync($"{m.Path}/{theirs}", body));
        (await OkAsync(await other.Client.GetAsync($"/api/v1/projects/{other.ProjectKey}/raci")))["rows"]![0]!["cells"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Roles_StakeholderReadsButPutIs403_NonMemberGets404_AnonymousGets401()
    {
        var m = await MatrixAsync(app);
        var stakeholder = await m.Work.MemberClientAsync(ProjectRole.Stakeholder);
        var (_, outsider) = await app.SignedInAsync(ProjectRole.TeamLead);
        var anonymous = app.CreateClient();
        var body = $$"""{"cells":[{"memberUserId":"{{m.Work.Lead.Id}}","role":"A"}]}""";
        var row = $"{m.Path}/{m.Milestone}";
        var before = await m.Work.Client.GetStringAsync(m.Path);

        (await RouteRoles.SendAsync(stakeholder, "GET", m.Path, null)).Should().Be(HttpStatusCode.OK);
        (await RouteRoles.SendAsync(stakeholder, "PUT", row, body)).Should().Be(HttpStatusCode.Forbidden);
        (await RouteRoles.SendAsync(outsider, "GET", m.Path, null)).Should().Be(HttpStatusCode.NotFound);
        (await RouteRoles.SendAsync(outsider, "PUT", row, body)).Should().Be(HttpStatusCode.NotFound);
        (await RouteRoles.SendAsync(anonymous, "GET", m.Path, null)).Should().Be(HttpStatusCode.Unauthorized);
        (await RouteRoles.SendAsync(anonymous, "PUT", row, body)).Should().Be(HttpStatusCode.Unauthorized);

        (await m.Work.Client.GetStringAsync(m.Path)).Should().Be(before);
    }

    [Fact]
    public async Task DeletingAStakeholder_RemovingAMember_DeletingAnItem_TakeTheirCellsWithThem()
    {
        var m = await MatrixAsync(app);
        var member = await app.CreateUserAsync(ProjectRole.TeamLead);
        var (_, admin) = await app.SignedInAsync(ProjectRole.Admin);
        (await admin.PostAsJsonAsync($"/api/v1/projects/{m.Work.ProjectKey}/members", new { userId = member.Id })).EnsureSuccessStatusCode();
        var cells = new object[]
        {
            new { memberUserId = m.Work.Lead.Id, role = "A" }, new { memberUserId = member.Id, role = "R" }, new { stakeholderId = m.Cfo, role = "I" },
        };
        await OkAsync(await m.Work.Client.PutAsJsonAsync($"{m.Path}/{m.Milestone}", new { cells }));
        await OkAsync(await m.Work.Client.PutAsJsonAsync($"{m.Path}/{m.Epic}", new { cells }));
        (await CellCountAsync(m.Work.ProjectKey)).Should().Be(6);

        (await m.Work.Client.DeleteAsync($"/api/v1/stakeholders/{m.Cfo}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await CellCountAsync(m.Work.ProjectKey)).Should().Be(4);
        (await admin.DeleteAsync($"/api/v1/projects/{m.Work.ProjectKey}/members/{member.Id}")).EnsureSuccessStatusCode();
        (await CellCountAsync(m.Work.ProjectKey)).Should().Be(2);

        var matrix = await OkAsync(await m.Work.Client.GetAsync(m.Path));
        matrix["columns"]!.AsArray().Select(c => c!["memberUserId"]?.GetValue<string>()).Should().Equal(m.Work.Lead.Id);
        var milestone = matrix["rows"]![1]!;
        milestone["cells"]!.AsArray().Select(c => c!["role"]!.GetValue<string>()).Should().Equal("A");
        milestone["problems"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal("noResponsible");

        (await m.Work.Client.DeleteAsync($"/api/v1/work-items/{m.Epic}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await CellCountAsync(m.Work.ProjectKey)).Should().Be(1);
        (await OkAsync(await m.Work.Client.GetAsync(m.Path)))["rows"]!.AsArray().Select(r => r!["itemKey"]!.GetValue<string>()).Should().Equal(m.Milestone);
    }

    [Fact]
    public async Task DeletingTheProject_RemovesItsCells()
    {
        var m = await MatrixAsync(app);
        await OkAsync(await m.Work.Client.PutAsJsonAsync($"{m.Path}/{m.Milestone}", new { cells = new object[] { new { stakeholderId = m.Cfo, role = "A" } } }));
        var (_, admin) = await app.SignedInAsync(ProjectRole.Admin);
        var projectId = await ProjectIdAsync(m.Work.ProjectKey);

        (await admin.DeleteAsync($"/api/v1/projects/{m.Work.ProjectKey}?confirm={m.Work.ProjectKey}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>().CreateDbContextAsync();
        (await db.RaciCells.CountAsync(c => c.ProjectId == projectId)).Should().Be(0);
    }

    [Fact]
    public async Task Matrix_ProjectWithoutEpicsOrMilestones_HasNoRows()
    {
        var work = await NewProjectAsync(app);
        await work.AddItemAsync("Just a task", 3);

        var matrix = await OkAsync(await work.Client.GetAsync($"/api/v1/projects/{work.ProjectKey}/raci"));

        matrix["rows"]!.AsArray().Should().BeEmpty();
        matrix["columns"]!.AsArray().Should().ContainSingle();
    }

    /// <summary>A lead's project with an epic (5 days), a task and a milestone after the epic, and a stakeholder "CFO".</summary>
    private static async Task<Scene> MatrixAsync(TpmHubApp app)
    {
        var work = await NewProjectAsync(app);
        var milestone = await work.AddItemAsync("Go-live", 0, type: "milestone");
        var epic = await work.AddItemAsync("Platform build", 5, type: "epic");
        var task = await work.AddItemAsync("Write runbooks", 3);
        (await work.LinkAsync(epic, milestone)).StatusCode.Should().Be(HttpStatusCode.Created);
        var cfo = await CreatedAsync(await work.Client.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/stakeholders",
            new { name = "CFO", title = "Chief Financial Officer", organisation = "Finance", power = 5, interest = 4, engagement = "neutral", desiredEngagement = "supportive" }));
        return new Scene(work, $"/api/v1/projects/{work.ProjectKey}/raci", epic, milestone, task, cfo["id"]!.GetValue<string>());
    }

    private async Task<int> CellCountAsync(string projectKey)
    {
        var projectId = await ProjectIdAsync(projectKey);
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>().CreateDbContextAsync();
        return await db.RaciCells.CountAsync(c => c.ProjectId == projectId);
    }

    private async Task<Guid> ProjectIdAsync(string projectKey)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>().CreateDbContextAsync();
        return await db.Projects.Where(p => p.Key == projectKey).Select(p => p.Id).SingleAsync();
    }

    private static async Task NotFoundAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.NotFound, text);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", text);
    }


    private sealed record Scene(WorkApi Work, string Path, string Epic, string Milestone, string Task, string Cfo);
}
