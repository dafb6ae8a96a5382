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

    // Optimistic and pessimistic as shares of the planned duration (the most likely): right-skewed where a TPM would put
    // the tail. Relative, so they fit the plan as it stands in any demo database, not only a fresh one.
    private static readonly (string Key, decimal Low, decimal High)[] Estimates =
    [
        ("CLD-7", 0.85m, 1.55m), ("CLD-8", 0.9m, 1.4m), ("CLD-9", 0.8m, 1.65m), ("CLD-10", 0.85m, 1.7m),
        ("CLD-11", 0.8m, 1.8m), ("CLD-13", 0.8m, 1.4m), ("CLD-14", 0.75m, 1.5m),
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

        foreach (var (key, low, high) in Estimates)
        {
            var item = await workItems.GetAsync(cld, key, ct);
            if (item.Value is { Estimate: null, DurationDays: > 0 } details)
            {
                decimal d = details.DurationDays;
                await workItems.UpdateAsync(cld, key, WorkItemService.ToDraft(details) with
                {
                    Optimistic = Math.Round(d * low), MostLikely = d, Pessimistic = Math.Round(d * high),
                }, details.Version, ct);
            }
        }

        await forecasts.StartAsync(cld, new ForecastRequest(5_000, Seed, null, true, target.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ct);
    }
}
