using Npgsql;

namespace TpmHub.Tests.Shared;

/// <summary>
/// A throw-away database on the test PostgreSQL server (<c>TPMHUB_TEST_DB</c>, started by <c>./tpmhub test</c>),
/// created empty for one test run and dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;

    private TestDatabase(string adminConnectionString, string name, string connectionString)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string prefix)
    {
        var server = Environment.GetEnvironmentVariable("TPMHUB_TEST_DB")
            ?? throw new InvalidOperationException("TPMHUB_TEST_DB is not set: run the tests with ./tpmhub test, which starts PostgreSQL.");
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(admin, name, cs);
    }

    /// <summary>Applies the app's migrations, as <c>./tpmhub migrate</c> does, before any host starts.</summary>
    public async Task MigrateAsync()
    {
        var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<TpmHub.Web.Data.TpmHubDbContext>();
        TpmHub.Web.Data.DataFeature.Configure(options, ConnectionString);
        await using var db = new TpmHub.Web.Data.TpmHubDbContext(options.Options);
        await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(db.Database);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
