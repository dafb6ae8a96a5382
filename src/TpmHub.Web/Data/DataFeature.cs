using Microsoft.EntityFrameworkCore;

namespace TpmHub.Web.Data;

public static class DataFeature
{
    /// <summary>
    /// The connection string comes from <c>TPMHUB_DB</c> when set, else <c>ConnectionStrings:TpmHub</c>.
    /// </summary>
    public static string ConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration["TPMHUB_DB"] is { Length: > 0 } fromEnv
            ? fromEnv
            : configuration.GetConnectionString("TpmHub")
              ?? throw new InvalidOperationException("No database configured: set TPMHUB_DB or ConnectionStrings:TpmHub.");
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();

    public static IServiceCollection AddTpmHubData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Resolved lazily from the final configuration, so hosts that add settings late (tests) are honoured.
        // A factory because Blazor Server needs a short-lived context per operation; it also registers
        // the context itself as scoped, which Identity's stores and the data-protection key store use.
        services.AddDbContextFactory<TpmHubDbContext>((sp, options) =>
            Configure(options, ConnectionString(sp.GetRequiredService<IConfiguration>())));
        services.AddHealthChecks().AddDbContextCheck<TpmHubDbContext>("database", tags: ["ready"]);
        return services;
    }
}
