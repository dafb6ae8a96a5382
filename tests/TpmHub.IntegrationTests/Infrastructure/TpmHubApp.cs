using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TpmHub.Core.Projects;
using TpmHub.Tests.Shared;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Identity;

namespace TpmHub.IntegrationTests.Infrastructure;

/// <summary>The real app on a fresh, migrated PostgreSQL database; one per test run.</summary>
public sealed class TpmHubApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "integration-pass-1";

    private TestDatabase? _database;

    public string ConnectionString => _database!.ConnectionString;

    /// <summary>Every log line the app wrote during the run.</summary>
    public CapturingSink Logs { get; } = new();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("tpmhub_it");
        await _database.MigrateAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("TPMHUB_DB", _database!.ConnectionString);
        // The suite signs in far more often, from one address, than a person does (SignInLimitTests keep the real limits honest).
        builder.UseSetting("SignInLimits:PerAddressPerMinute", "100000");
        builder.UseSetting("SignInLimits:PerAccountPerMinute", "100000");
        // Serilog reads sinks registered in DI (ReadFrom.Services), so the test sees every log event.
        builder.ConfigureServices(services => services.AddSingleton<Serilog.Core.ILogEventSink>(Logs));
    }

    /// <summary>Creates a user with a role and returns its id and email.</summary>
    public async Task<TestUser> CreateUserAsync(string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Test {role}", CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, Password);
        created.Succeeded.Should().BeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
        (await users.AddToRoleAsync(user, role)).Succeeded.Should().BeTrue();
        return new TestUser(user.Id, email, role);
    }

    /// <summary>An HTTP client carrying a bearer token obtained through the real login endpoint.</summary>
    public async Task<HttpClient> ClientForAsync(TestUser user)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = Password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public async Task<(TestUser User, HttpClient Client)> SignedInAsync(string role)
    {
        var user = await CreateUserAsync(role);
        return (user, await ClientForAsync(user));
    }

    public static string NewKey() => "T" + new string(Enumerable.Range(0, 7).Select(_ => (char)('A' + Random.Shared.Next(26))).ToArray());

    public static object ProjectBody(string key, string ownerId, string name = "Test project", string startDate = "2026-01-05",
        string targetDate = "2026-06-30", string kind = "cloudMigration") => new
    {
        key,
        name,
        kind,
        phase = "planning",
        status = "active",
        ownerId,
        startDate,
        targetDate,
        currency = "USD",
        description = "A **test** project",
        objectives = "- ship",
    };

    public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
}

public sealed record TestUser(string Id, string Email, string Role)
{
    public static readonly string Admin = ProjectRole.Admin;
}

[CollectionDefinition(Name)]
public sealed class TpmHubAppCollection : ICollectionFixture<TpmHubApp>
{
    public const string Name = "TpmHub app";
}

/// <summary>
/// A second app and database for the whole-API catalogues (bad input on every write, the role matrix over every route,
/// the gate over every mapped route), which run beside the feature tests so the suite uses both cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TpmHubCatalogueCollection : ICollectionFixture<TpmHubApp>
{
    public const string Name = "TpmHub app (catalogues)";
}
