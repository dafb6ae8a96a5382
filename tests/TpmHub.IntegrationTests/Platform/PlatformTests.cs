using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TpmHub.Core.Projects;
using TpmHub.IntegrationTests.Infrastructure;
using TpmHub.Tests.Shared;
using TpmHub.Web.Data;
using TpmHub.Web.Seeding;

namespace TpmHub.IntegrationTests.Platform;

[Collection(TpmHubAppCollection.Name)]
public sealed class PlatformTests(TpmHubApp app)
{
    [Fact]
    public async Task Model_HasNoChangesMissingFromMigrations()
    {
        await using var factoryScope = app.Services.CreateAsyncScope();
        var factory = factoryScope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>();
        await using var db = await factory.CreateDbContextAsync();

        db.Database.HasPendingModelChanges().Should().BeFalse("every model change needs a migration (dotnet ef migrations add)");
        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Migrations_OnAnEmptyDatabase_CreateTheSchemaAndTheRoles()
    {
        await using var database = await TestDatabase.CreateAsync("tpmhub_mig");
        var options = new DbContextOptionsBuilder<TpmHubDbContext>();
        DataFeature.Configure(options, database.ConnectionString);
        await using (var db = new TpmHubDbContext(options.Options))
        {
            await db.Database.MigrateAsync();

            (await db.Roles.Select(r => r.Name).ToListAsync()).Should().BeEquivalentTo(ProjectRole.All);
            (await db.Projects.CountAsync()).Should().Be(0, "production databases get no demo data from migrations");
            (await db.Users.CountAsync()).Should().Be(0);
        }
    }

    [Fact]
    public async Task DemoSeeder_RunTwice_IsIdempotentAndGivesEachRoleItsProjects()
    {
        await using var database = await TestDatabase.CreateAsync("tpmhub_seed");
        await using var seededApp = new SeededApp(database.ConnectionString);
        await DatabaseCommands.MigrateAsync(seededApp.Services);

        await DatabaseCommands.SeedDemoAsync(seededApp.Services, "seed-pass-123");
        await DatabaseCommands.SeedDemoAsync(seededApp.Services, "seed-pass-456");

        await using var factoryScope = seededApp.Services.CreateAsyncScope();

        var factory = factoryScope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        (await db.Projects.Select(p => p.Kind).ToListAsync()).Should().BeEquivalentTo(
            [ProjectKind.CloudMigration, ProjectKind.SoftwareDelivery, ProjectKind.InfrastructureUpgrade, ProjectKind.Cybersecurity]);
        var lead = await db.Users.SingleAsync(u => u.Email == DemoSeeder.LeadEmail);
        var stakeholder = await db.Users.SingleAsync(u => u.Email == DemoSeeder.StakeholderEmail);
        (await db.ProjectMembers.CountAsync(m => m.UserId == lead.Id)).Should().Be(3);
        (await db.ProjectMembers.CountAsync(m => m.UserId == stakeholder.Id)).Should().Be(2);
        var client = seededApp.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = DemoSeeder.LeadEmail, password = "seed-pass-456" });
        login.StatusCode.Should().Be(HttpStatusCode.OK, "the demo password is set at every seeding");
    }

    [Fact]
    public async Task Health_LiveAndReady_Answer200()
    {
        var client = app.CreateClient();

        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OpenApi_DescribesTheProjectEndpoints()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json");

        document!["paths"]!.AsObject().Select(p => p.Key).Should().Contain(["/api/v1/projects", "/api/v1/projects/{key}", "/api/v1/portfolio", "/api/v1/auth/login"]);
    }

    [Fact]
    public async Task ApiReference_PageIsServed()
    {
        var response = await app.CreateClient().GetAsync("/api/reference/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("TpmHub API reference");
    }

    [Fact]
    public async Task UnknownApiPath_Returns404ProblemDetails()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/nothing-here");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Page_WithoutSignIn_RedirectsToTheLoginPage()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/account/login");
    }

    private sealed class SeededApp(string connectionString) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("TPMHUB_DB", connectionString);
        }
    }
}
