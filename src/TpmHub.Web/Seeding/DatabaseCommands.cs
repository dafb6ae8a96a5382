using Microsoft.EntityFrameworkCore;

using TpmHub.Web.Data;

namespace TpmHub.Web.Seeding;

/// <summary>The app's maintenance verbs: apply migrations and seed, run by the <c>tpmhub</c> script before or instead of serving.</summary>
public static class DatabaseCommands
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
    }

    public static async Task<string> SeedDemoAsync(IServiceProvider services, string? password, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(password, ct);
    }
}
