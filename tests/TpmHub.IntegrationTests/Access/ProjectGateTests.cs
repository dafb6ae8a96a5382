using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.IntegrationTests.Work;
using TpmHub.Web.Features.Access;

namespace TpmHub.IntegrationTests.Access;

/// <summary>The one access gate: every API route that names a project or an item inside one goes through it.</summary>
[Collection(TpmHubCatalogueCollection.Name)]
public sealed class ProjectGateTests(TpmHubApp app)
{
    [Fact]
    public void EveryApiRoute_ThatNamesAProjectOrItem_GoesThroughTheGate()
    {
        _ = app.CreateClient(); // builds the host, so the endpoints are mapped
        var gate = app.Services.CreateScope().ServiceProvider.GetRequiredService<ProjectGate>();
        var parameters = new HashSet<string>(gate.ItemParameters, StringComparer.OrdinalIgnoreCase) { "key" };
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .ToList();
        var naming = routes.Where(e => e.RoutePattern.Parameters.Any(p => parameters.Contains(p.Name))).ToList();

        naming.Should().NotBeEmpty();
        gate.ItemParameters.Should().Contain(["itemKey", "entryKey"]);
        naming.Where(e => e.Metadata.GetMetadata<ProjectGateMetadata>() is null)
            .Select(e => $"{string.Join(",", e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}")
            .Should().BeEmpty("a route that names a project or an item inside one must be marked RequireProjectAccess()");
    }

    [Fact]
    public async Task ItemRoute_OfAProjectTheCallerMayNotSee_IsNotFoundBeforeTheBodyIsRead()
    {
        var work = await WorkApi.NewProjectAsync(app);
        var item = await work.AddItemAsync("Gate probe", 2);
        var (_, outsider) = await app.SignedInAsync(ProjectRole.TeamLead);
        var (stakeholder, stakeholderClient) = await app.SignedInAsync(ProjectRole.Stakeholder);

        // A body that would not parse: a caller who may not see the item learns nothing from a 400.
        using var bad = new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json");
        (await outsider.PutAsync($"/api/v1/work-items/{item}", bad)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await outsider.PostAsync($"/api/v1/projects/{work.ProjectKey}/raid", bad)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // A member who may only read is refused the write (403) before the body is read, too.
        var admin = await app.ClientForAsync(await app.CreateUserAsync(ProjectRole.Admin));
        (await admin.PostAsJsonAsync($"/api/v1/projects/{work.ProjectKey}/members", new { userId = stakeholder.Id })).EnsureSuccessStatusCode();
        (await stakeholderClient.PutAsync($"/api/v1/work-items/{item}", bad)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task KeyWithANulCharacter_IsNotFound()
    {
        // Kestrel refuses %00 in a path; a key can still arrive with NUL from a page's route or a query. PostgreSQL refuses NUL in text.
        var lead = await app.CreateUserAsync(ProjectRole.TeamLead);
        var user = new TpmHub.Web.Features.Identity.CurrentUser(lead.Id, lead.Email, [ProjectRole.TeamLead]);
        await using var scope = app.Services.CreateAsyncScope();
        var gate = scope.ServiceProvider.GetRequiredService<ProjectGate>();

        (await gate.ProjectAsync(user, "A\0B", AccessNeed.Read)).Error!.Kind.Should().Be(TpmHub.Core.Common.ErrorKind.NotFound);
        (await gate.ItemAsync(user, "itemKey", "A\0B-1", AccessNeed.Read)).Error!.Kind.Should().Be(TpmHub.Core.Common.ErrorKind.NotFound);
        (await gate.ItemAsync(user, "entryKey", "A\0B-R1", AccessNeed.Read)).Error!.Kind.Should().Be(TpmHub.Core.Common.ErrorKind.NotFound);
    }
}
