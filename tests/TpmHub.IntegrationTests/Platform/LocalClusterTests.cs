using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TpmHub.IntegrationTests.Platform;

/// <summary>
/// The clusters <c>./tpmhub</c> starts: the user's data lives in a durable one (a committed change survives a crash or a
/// power cut); only the throw-away test cluster may run without fsync. Runs the real script on scratch data folders.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LocalClusterTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("tpmhub-clusters-").FullName;
    private readonly int _port = FreePort();
    private readonly int _testPort = FreePort();

    public LocalClusterTests()
    {
        // As root the server runs as postgres, which must reach the folder (a temp subdirectory is mode 700).
        File.SetUnixFileMode(_dataDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
            UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    [Fact]
    public async Task TheUsersCluster_IsDurable_AndOnlyTheTestClusterRunsWithoutFsync()
    {
        try
        {
            await RunScriptAsync("db", "start");
            await RunScriptAsync("db", "start", "--test");

            (await SettingsAsync(_port)).Should().Equal(("fsync", "on"), ("full_page_writes", "on"), ("synchronous_commit", "on"));
            (await SettingsAsync(_testPort)).Should().Equal(("fsync", "off"), ("full_page_writes", "off"), ("synchronous_commit", "off"));
        }
        finally
        {
            await RunScriptAsync("db", "stop", "--test");
            await RunScriptAsync("db", "stop");
        }
    }

    private static async Task<IReadOnlyList<(string, string)>> SettingsAsync(int port)
    {
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Database=tpmhub;Username=tpmhub;Password=tpmhub;Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes') order by name", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var settings = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            settings.Add((reader.GetString(0), reader.GetString(1)));
        }

        return settings;
    }

    private async Task RunScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot(), "tpmhub")) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("TPMHUB_DB");
        start.Environment["TPMHUB_DATA_DIR"] = _dataDir;
        start.Environment["TPMHUB_DB_PORT"] = _port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["TPMHUB_TEST_DB_PORT"] = _testPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.Should().Be(0, $"./tpmhub {string.Join(' ', arguments)} should succeed:\n{await output}\n{await errors}");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "tpmhub")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The tpmhub script was not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (UnauthorizedAccessException)
        {
            // As root the cluster files belong to postgres; the folder is in the temp area and harmless.
        }
    }
}
