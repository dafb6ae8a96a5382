using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Forecasts;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Forecasts;

/// <summary>
/// Monte Carlo forecasts of a project (<see cref="ForecastEngine"/>): its defaults (distribution, spread), starting a run
/// (kept with its inputs, run in the background by <see cref="ForecastRunner"/>), reading one with its live progress,
/// listing them to compare, cancelling a run and removing a finished one; the latest finished forecast per project for
/// the dashboard, the status report and the portfolio.
/// </summary>
public sealed class ForecastService(IDbContextFactory<TpmHubDbContext> dbFactory, ForecastQueue queue, TimeProvider time)
{
    /// <summary>Forecasts listed at most, newest first.</summary>
    public const int MaxList = 50;

    public async Task<Result<ForecastSettingsRow>> SettingsAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var s = await db.ForecastSettings.AsNoTracking().SingleOrDefaultAsync(x => x.ProjectId == project.Id, ct) ?? new ForecastSettings();
        return new ForecastSettingsRow(s.Distribution, s.SpreadLowPercent, s.SpreadHighPercent, s.Version);
    }

    /// <summary>Saves the defaults: distribution triangular|pert, low spread 0–100 %, high spread 0–500 % (send the version you read once they exist).</summary>
    public async Task<Result<ForecastSettingsRow>> SaveSettingsAsync(ProjectAccess project, ForecastSettingsRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var distribution = InputLimits.Text("distribution", request.Distribution, errors) ? RequestParsing.Enum<ForecastDistribution>(request.Distribution, "distribution", errors) : null;
        if (distribution is null && !errors.Has("distribution"))
        {
            errors.Add("distribution", "Choose triangular or pert.");
        }

        Spread(request.SpreadLowPercent, "spreadLowPercent", ForecastEngine.MaxSpreadLowPercent, errors);
        Spread(request.SpreadHighPercent, "spreadHighPercent", ForecastEngine.MaxSpreadHighPercent, errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await db.ForecastSettings.SingleOrDefaultAsync(x => x.ProjectId == project.Id, ct);
        if (settings is not null && request.Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        if (settings is null)
        {
            settings = new ForecastSettings { ProjectId = project.Id };
            db.ForecastSettings.Add(settings);
        }
        else if (settings.Version != request.Version)
        {
            return Error.Conflict("Someone else changed the forecast settings after you loaded them. Reload to see their changes.", (await SettingsAsync(project, ct)).Value);
        }
        else
        {
            db.Entry(settings).Property(x => x.Version).OriginalValue = request.Version!.Value;
        }

        (settings.Distribution, settings.SpreadLowPercent, settings.SpreadHighPercent, settings.UpdatedAt) =
            (distribution!.Value, request.SpreadLowPercent!.Value, request.SpreadHighPercent!.Value, time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("Someone else changed the forecast settings after you loaded them. Reload to see their changes.", (await SettingsAsync(project, ct)).Value);
        }

        return await SettingsAsync(project, ct);
    }

    /// <summary>Queues a forecast with the project's spread and the request's (or the project's) other inputs; it runs in the background.</summary>
    public async Task<Result<ForecastRow>> StartAsync(ProjectAccess project, ForecastRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        if (request.Iterations is { } n && n is < ForecastEngine.MinIterations or > ForecastEngine.MaxIterations)
        {
            errors.Add("iterations", $"iterations must be between {ForecastEngine.MinIterations:N0} and {ForecastEngine.MaxIterations:N0}.");
        }

        var distribution = InputLimits.Text("distribution", request.Distribution, errors) && !string.IsNullOrWhiteSpace(request.Distribution)
            ? RequestParsing.Enum<ForecastDistribution>(request.Distribution, "distribution", errors) : null;
        DateOnly? target = null;
        if (InputLimits.Text("targetDate", request.TargetDate, errors) && !string.IsNullOrWhiteSpace(request.TargetDate))
        {
            target = RequestParsing.Date(request.TargetDate, "targetDate", errors);
            InputLimits.Date("targetDate", target, errors);
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var settings = (await SettingsAsync(project, ct)).Value!;
        var run = new ForecastRun
        {
            Id = Guid.CreateVersion7(), ProjectId = project.Id, Status = ForecastStatus.Queued, Iterations = request.Iterations ?? ForecastInput.DefaultIterations,
            Seed = request.Seed ?? Random.Shared.Next(), Distribution = distribution ?? settings.Distribution, SpreadLowPercent = settings.SpreadLowPercent,
            SpreadHighPercent = settings.SpreadHighPercent, IncludeRisks = request.IncludeRisks ?? true, TargetDate = target,
            CreatedBy = project.User.UserName, CreatedAt = time.GetUtcNow(),
        };
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            db.Forecasts.Add(run);
            await db.SaveChangesAsync(ct);
        }

        queue.Enqueue(run.Id);
        return await GetAsync(project, run.Id, ct);
    }

    public async Task<Result<ForecastRow>> GetAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.Forecasts.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id && f.ProjectId == project.Id, ct);
        return run is null ? NotFound(id) : Row(run, project.Currency);
    }

    /// <summary>The project's forecasts, newest first (at most <see cref="MaxList"/>), with their inputs and figures, to compare.</summary>
    public async Task<Result<IReadOnlyList<ForecastRow>>> ListAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var runs = await db.Forecasts.AsNoTracking().Where(f => f.ProjectId == project.Id).OrderByDescending(f => f.CreatedAt).Take(MaxList).ToListAsync(ct);
        return runs.Select(r => Row(r, project.Currency)).ToList();
    }

    /// <summary>
    /// Cancels a queued or running forecast (it stops within a chunk of iterations and keeps what it finished) and answers
    /// it; removes a finished one (answers null).
    /// </summary>
    public async Task<Result<ForecastRow?>> CancelOrRemoveAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.Forecasts.SingleOrDefaultAsync(f => f.Id == id && f.ProjectId == project.Id, ct);
        if (run is null)
        {
            return NotFound(id);
        }

        if (run.Status is ForecastStatus.Queued or ForecastStatus.Running)
        {
            if (!queue.Cancel(id))
            {
                // Nobody holds it (the app restarted): it will not run, so it is cancelled here and now.
                (run.Status, run.FinishedAt) = (ForecastStatus.Cancelled, time.GetUtcNow());
                await db.SaveChangesAsync(ct);
            }

            return Row(run, project.Currency);
        }

        db.Forecasts.Remove(run);
        await db.SaveChangesAsync(ct);
        return (ForecastRow?)null;
    }

    /// <summary>The project's target date: the forecast form's default target.</summary>
    public async Task<DateOnly?> ProjectTargetAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Projects.AsNoTracking().Where(p => p.Id == project.Id).Select(p => (DateOnly?)p.TargetDate).SingleOrDefaultAsync(ct);
    }

    /// <summary>The newest finished (done) forecast of each project, with its summary.</summary>
    public async Task<IReadOnlyDictionary<Guid, (ForecastSummary Summary, DateTimeOffset At, int Iterations)>> LatestAsync(IReadOnlyCollection<Guid> projectIds,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(projectIds);
        var ids = projectIds.ToArray();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var latest = await db.Forecasts.AsNoTracking().Where(f => ids.Contains(f.ProjectId) && f.Status == ForecastStatus.Done)
            .GroupBy(f => f.ProjectId).Select(g => g.OrderByDescending(f => f.CreatedAt).First()).ToListAsync(ct);
        return latest.Where(f => f.SummaryJson is not null)
            .ToDictionary(f => f.ProjectId, f => (JsonSerializer.Deserialize<ForecastSummary>(f.SummaryJson!, ForecastRunner.Json)!, f.CreatedAt, f.IterationsDone));
    }

    private ForecastRow Row(ForecastRun run, string currency)
    {
        var done = run.Status is ForecastStatus.Queued or ForecastStatus.Running ? queue.ProgressOf(run.Id) ?? run.IterationsDone : run.IterationsDone;
        var s = run.SummaryJson is null ? null : JsonSerializer.Deserialize<ForecastSummary>(run.SummaryJson, ForecastRunner.Json);
        var progress = run.Status == ForecastStatus.Done ? 1d : run.Iterations == 0 ? 0d : Math.Min(1d, (double)done / run.Iterations);
        return new ForecastRow(run.Id, run.Status, progress, run.Iterations, done, run.Seed, run.Distribution, run.SpreadLowPercent, run.SpreadHighPercent,
            run.IncludeRisks, run.TargetDate, run.CreatedBy, run.CreatedAt, run.FinishedAt, run.Error, s?.DeterministicFinish, s?.BaselineFinish, s?.Finish,
            s?.FinishWorkingDays, s?.Cost, s?.PlannedCost, s?.ChanceByTarget, s?.RisksIncluded, s?.Criticality ?? [], s?.Drivers ?? [], s?.Histogram ?? [],
            s?.Sentence(currency));
    }

    private static void Spread(int? percent, string field, double max, ValidationErrors errors)
    {
        if (percent is null)
        {
            errors.Add(field, $"Give {field} (0–{max:0} %).");
        }
        else if (percent < 0 || percent > max)
        {
            errors.Add(field, $"{field} must be between 0 and {max:0} %.");
        }
    }

    private static Error NotFound(Guid id) => AccessRefusals.NotFound("Forecast", id.ToString());
}
