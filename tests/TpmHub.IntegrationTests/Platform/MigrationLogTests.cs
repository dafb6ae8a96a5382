using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using TpmHub.Tests.Shared;
using TpmHub.Web.Seeding;

namespace TpmHub.IntegrationTests.Platform;

public sealed class MigrationLogTests
{
    [Fact]
    public async Task Migrate_OnAnEmptyDatabase_LogsNoError()
    {
        await using var database = await TestDatabase.CreateAsync("tpmhub_miglog");
        var events = new LevelSink();
        await using var host = new MaintenanceApp(database.ConnectionString, events);
        // ./tpmhub migrates before the host starts; this host has started (the data-protection key ring has looked
        // for its table already), so only what the migration itself logs counts.
        var services = host.Services;
        events.Clear();

        await DatabaseCommands.MigrateAsync(services);

        events.Events.Where(e => e.Level >= LogEventLevel.Error).Select(e => $"{e.RenderMessage()} [{string.Join(", ", e.Properties.Select(p => $"{p.Key}={p.Value}"))}] {e.Exception?.GetType()}")
            .Should().BeEmpty("a first ./tpmhub run on a fresh database is not an error");
    }

    private sealed class LevelSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();

        public IReadOnlyCollection<LogEvent> Events => _events.ToArray();

        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

        public void Clear() => _events.Clear();
    }

    private sealed class MaintenanceApp(string connectionString, ILogEventSink sink) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("TPMHUB_DB", connectionString);
            builder.ConfigureServices(services => services.AddSingleton(sink));
        }
    }
}
