using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Forecasts;
using TpmHub.Web.Features.Work.Items;

namespace TpmHub.Web.Seeding;

/// <summary>
/// The cloud migration's forecast: three-point estimates on the work still ahead (the waves, the Oracle conversion and
/// rehearsal, cutover, decommissioning — pessimistic tails where a TPM would put them), and one forecast of 5,000 runs with
/// the open risks (the Direct Connect slip among them) against the project's target date, queued so the app runs it as
/// soon as it starts. Through the work-item and forecast services; skipped when CLD has a forecast.
/// </summary>
public sealed class DemoForecastSeeder(IDbContextFactory<TpmHubDbContext> dbFactory, WorkItemService workItems, ForecastService forecasts)
{
    /// <summary>The fixed seed of the demo's forecast, so every new demo shows the same figures for the same plan.</summary>
    public const int Seed = 2026;

    private static readonly (string Key, decimal Optimistic, decimal MostLikely, decimal Pessimistic)[] Estimates =
    [
        ("CLD-7", 38m, 45m, 70m), ("CLD-8", 35m, 40m, 55m), ("CLD-9", 12m, 15m, 25m), ("CLD-10", 42m, 50m, 85m),
        ("CLD-11", 8m, 10m, 18m), ("CLD-13", 20m, 25m, 35m), ("CLD-14", 15m, 20m, 30m),
    ];

    public async Task SeedAsync(ProjectAccess cld, CancellationToken ct)
    {
        DateOnly target;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.Forecasts.AnyAsync(f => f.ProjectId == cld.Id, ct))
            {
                return;
            }

            target = await db.Projects.Where(p => p.Id == cld.Id).Select(p => p.TargetDate).SingleAsync(ct);
        }

        foreach (var (key, o, m, p) in Estimates)
        {
            var item = await workItems.GetAsync(cld, key, ct);
            if (item.Value is { Estimate: null } details)
            {
                await workItems.UpdateAsync(cld, key, WorkItemService.ToDraft(details) with { Optimistic = o, MostLikely = m, Pessimistic = p }, details.Version, ct);
            }
        }

        await forecasts.StartAsync(cld, new ForecastRequest(5_000, Seed, null, true, target.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ct);
    }
}
