using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Forecasts;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.Forecasts;

/// <summary>
/// Runs queued forecasts in the background, one at a time (the engine itself uses every core): marks the run running,
/// reads its inputs, runs <see cref="ForecastEngine"/> off the request threads with live progress and cancellation, and
/// keeps the summary (done, or cancelled with the iterations finished by then) or the reason it failed. On start it
/// queues again what was waiting and fails what was running when the app stopped.
/// </summary>
public sealed class ForecastRunner(ForecastQueue queue, IServiceScopeFactory scopes, TimeProvider time, ILogger<ForecastRunner> logger)
    : BackgroundService
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RecoverAsync(stoppingToken);
        await foreach (var id in queue.Waiting.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(id, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Forecast {ForecastId} failed", id);
                await FinishAsync(id, ForecastStatus.Failed, null, 0, "The forecast could not run; try again.", CancellationToken.None);
            }
            finally
            {
                queue.Finished(id);
            }
        }
    }

    private async Task RecoverAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await using var db = await Factory(scope).CreateDbContextAsync(ct);
            await db.Forecasts.Where(f => f.Status == ForecastStatus.Running).ExecuteUpdateAsync(u => u.SetProperty(f => f.Status, ForecastStatus.Failed)
                .SetProperty(f => f.Error, "The server restarted while this forecast ran; run it again.").SetProperty(f => f.FinishedAt, time.GetUtcNow()), ct);
            foreach (var id in await db.Forecasts.Where(f => f.Status == ForecastStatus.Queued).OrderBy(f => f.CreatedAt).Select(f => f.Id).ToListAsync(ct))
            {
                queue.Enqueue(id);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A database that is not there yet (first start, migrations pending) leaves nothing to recover.
            logger.LogWarning(e, "Forecasts left from a previous run could not be checked");
        }
    }

    private async Task RunAsync(Guid id, CancellationToken stoppingToken)
    {
        var live = queue.Take(id);
        using var both = CancellationTokenSource.CreateLinkedTokenSource(live.Cancellation.Token, stoppingToken);
        ForecastInputs inputs;
        await using var scope = scopes.CreateAsyncScope();
        await using (var db = await Factory(scope).CreateDbContextAsync(stoppingToken))
        {
            var run = await db.Forecasts.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, stoppingToken);
            if (run is null || run.Status != ForecastStatus.Queued)
            {
                return;
            }

            // The runner's own status changes are statements, not tracked edits: the project's history records what people
            // did (start, cancel, remove a forecast), not the runner's bookkeeping.
            if (live.Cancellation.IsCancellationRequested)
            {
                await db.Forecasts.Where(f => f.Id == id && f.Status == ForecastStatus.Queued).ExecuteUpdateAsync(u => u
                    .SetProperty(f => f.Status, ForecastStatus.Cancelled).SetProperty(f => f.FinishedAt, time.GetUtcNow()), stoppingToken);
                return;
            }

            var project = await db.Projects.AsNoTracking().Where(p => p.Id == run.ProjectId).Select(p => new { p.Id, p.Key, p.Name, p.StartDate, p.Currency })
                .SingleAsync(stoppingToken);
            var access = new ProjectAccess(project.Id, project.Key, project.Name, project.StartDate, project.Currency,
                new CurrentUser(run.CreatedBy, run.CreatedBy, []), false, false);
            inputs = await ForecastInputs.LoadAsync(db, access, run, stoppingToken);
            if (await db.Forecasts.Where(f => f.Id == id && f.Status == ForecastStatus.Queued)
                    .ExecuteUpdateAsync(u => u.SetProperty(f => f.Status, ForecastStatus.Running), stoppingToken) == 0)
            {
                return;
            }
        }

        var progress = new Progress(live);
        // One core is left to the web app: the engine's workers block the threads they run on, and on a small machine a
        // run on every core holds up requests (the result does not depend on the number of workers).
        var input = inputs.Input with { Workers = Math.Max(1, Environment.ProcessorCount - 1) };
        var result = await Task.Run(() => ForecastEngine.Run(input, progress, both.Token), stoppingToken);
        if (!result.IsSuccess)
        {
            await FinishAsync(id, ForecastStatus.Failed, null, 0, result.Error!.Message, stoppingToken);
            return;
        }

        var summary = JsonSerializer.Serialize(ForecastSummary.From(result.Value!, inputs), Json);
        await FinishAsync(id, result.Value!.Cancelled ? ForecastStatus.Cancelled : ForecastStatus.Done, summary, result.Value.Iterations, null, stoppingToken);
    }

    private async Task FinishAsync(Guid id, ForecastStatus status, string? summary, int done, string? error, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await Factory(scope).CreateDbContextAsync(ct);
        await db.Forecasts.Where(f => f.Id == id).ExecuteUpdateAsync(u => u.SetProperty(f => f.Status, status).SetProperty(f => f.SummaryJson, summary)
            .SetProperty(f => f.IterationsDone, done).SetProperty(f => f.Error, error).SetProperty(f => f.FinishedAt, time.GetUtcNow()), ct);
    }

    // The context factory is scoped (its interceptors know the request's user): the runner takes one per unit of work.
    private static IDbContextFactory<TpmHubDbContext> Factory(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IDbContextFactory<TpmHubDbContext>>();

    /// <summary>Keeps the latest count where readers of the queue see it (the engine reports from a worker thread).</summary>
    private sealed class Progress(ForecastQueue.Live live) : IProgress<ForecastProgress>
    {
        public void Report(ForecastProgress value) => Volatile.Write(ref live.Done, value.IterationsDone);
    }
}
