using TpmHub.Web.Features.Platform;

namespace TpmHub.Web.Seeding;

/// <summary>The maintenance verbs the <c>tpmhub</c> script runs before serving, or instead of it: migrate and seed.</summary>
public static class SeedingFeature
{
    public static IServiceCollection AddSeeding(this IServiceCollection services) =>
        services.AddScoped<DemoSeeder>().AddScoped<DemoBudgetSeeder>().AddScoped<DemoStakeholderSeeder>().AddScoped<DemoRaciSeeder>()
            .AddScoped<DemoCommunicationSeeder>().AddScoped<DemoDecisionSeeder>().AddScoped<DemoStatusReportSeeder>().AddScoped<DemoMeetingSeeder>().AddScoped<DemoTimeSeeder>().AddScoped<DemoAllocationSeeder>().AddScoped<DemoForecastSeeder>().AddScoped<DemoPeopleSeeder>().AddScoped<LargeSeeder>();

    /// <summary>
    /// Applies migrations and seeds as the command asks. Returns the demo password when the demo was seeded, and whether
    /// the app should exit now (a <c>migrate</c> or <c>seed</c> command) instead of serving.
    /// </summary>
    public static async Task<(string? DemoPassword, bool Exit)> RunMaintenanceAsync(this WebApplication app, TpmHubCommand command)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(command);
        if (command.Migrate)
        {
            await DatabaseCommands.MigrateAsync(app.Services);
            Console.WriteLine("Migrations applied.");
        }

        string? demoPassword = null;
        if (command.SeedDemo)
        {
            demoPassword = await DatabaseCommands.SeedDemoAsync(app.Services, Environment.GetEnvironmentVariable("TPMHUB_DEMO_PASSWORD"));
        }

        if (command.SeedLarge)
        {
            await using var scope = app.Services.CreateAsyncScope();
            Console.WriteLine(await scope.ServiceProvider.GetRequiredService<LargeSeeder>().SeedAsync(command.LargeSeed));
        }

        if (command.ExitAfterMaintenance && demoPassword is not null)
        {
            Banner.PrintLogins(demoPassword);
        }

        return (demoPassword, command.ExitAfterMaintenance);
    }
}
