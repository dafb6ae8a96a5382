using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TpmHub.Web.Features.Identity;

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

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();

    public static IServiceCollection AddTpmHubData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Resolved lazily from the final configuration, so hosts that add settings late (tests) are honoured.
        // A factory because Blazor Server needs a short-lived context per operation; it also registers
        // the context itself as scoped, which Identity's stores and the data-protection key store use.
        // Scoped, so each context gets the audit interceptor of its scope (a request, a circuit, a seeding run).
        services.AddHttpContextAccessor();
        services.TryAddScoped<CurrentUserAccessor>();
        services.AddScoped<AuditInterceptor>();
        services.AddDbContextFactory<TpmHubDbContext>((sp, options) =>
            Configure(options, ConnectionString(sp.GetRequiredService<IConfiguration>())).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()),
            ServiceLifetime.Scoped);
        services.AddHealthChecks().AddDbContextCheck<TpmHubDbContext>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>Audits changes to <typeparamref name="T"/>, naming each by the project it belongs to and a readable id.</summary>
    public static IServiceCollection AddAuditDescription<T>(this IServiceCollection services, Func<T, (Guid? ProjectId, string EntityId)> describe)
        where T : class =>
        services.AddSingleton(new AuditDescription(typeof(T), entity => describe((T)entity)));
}
