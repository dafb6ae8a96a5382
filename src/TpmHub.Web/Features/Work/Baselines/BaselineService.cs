using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Schedule;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Projects;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.Web.Features.Work.Baselines;

/// <summary>Named baselines (frozen planned dates and budgets) and the variance of the current plan against one.</summary>
public sealed class BaselineService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<BaselineRow>>> ListAsync(ProjectAccess project, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        return await Rows(db, project.Id).ToListAsync(ct);
    }

    /// <summary>A project's baselines, newest first.</summary>
    internal static IQueryable<BaselineRow> Rows(TpmHubDbContext db, Guid projectId) =>
        db.Baselines.AsNoTracking().Where(b => b.ProjectId == projectId)
            .OrderByDescending(b => b.CreatedAt)
            .Select(b => new BaselineRow(b.Id, b.Name, b.ProjectFinish, b.Items.Count, b.CreatedBy, b.CreatedAt));

    public async Task<Result<BaselineRow>> SaveAsync(ProjectAccess project, string? name, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = new ValidationErrors();
        if (!InputLimits.Text("name", name, errors))
        {
            return errors.ToError();
        }

        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > 120)
        {
            return Error.Invalid("name", "Name the baseline (1–120 characters), e.g. \"Approved plan\".");
        }

        if (await db.Baselines.AnyAsync(b => b.ProjectId == project.Id && b.Name == trimmed, ct))
        {
            return Error.Invalid("name", $"This project already has a baseline named \"{trimmed}\".");
        }

        var now = time.GetUtcNow();
        var items = await (
            from w in db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id)
            join s in db.WorkItemSchedules on w.Id equals s.WorkItemId into sj
            from s in sj.DefaultIfEmpty()
            select new BaselineItem
            {
                WorkItemId = w.Id,
                Key = w.Key,
                Title = w.Title,
                Start = s == null ? null : s.EarlyStart,
                Finish = s == null ? null : s.EarlyFinish,
                DurationDays = w.DurationDays,
                Budget = w.Budget,
            }).ToListAsync(ct);
        var baseline = new Baseline
        {
            Id = Guid.CreateVersion7(),
            ProjectId = project.Id,
            Name = trimmed,
            CreatedAt = now,
            CreatedBy = project.User.UserName,
            ProjectFinish = items.Max(i => i.Finish),
            Items = items,
        };
        db.Baselines.Add(baseline);
        await db.SaveChangesAsync(ct);
        return new BaselineRow(baseline.Id, baseline.Name, baseline.ProjectFinish, items.Count, baseline.CreatedBy, baseline.CreatedAt);
    }

    public async Task<Result<BaselineVariance>> VarianceAsync(ProjectAccess project, Guid baselineId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var baseline = await db.Baselines.AsNoTracking().Where(b => b.Id == baselineId && b.ProjectId == project.Id)
            .Select(b => new BaselineRow(b.Id, b.Name, b.ProjectFinish, b.Items.Count, b.CreatedBy, b.CreatedAt)).FirstOrDefaultAsync(ct);
        if (baseline is null)
        {
            return Error.NotFound("Baseline");
        }

        var frozen = await db.BaselineItems.AsNoTracking().Where(i => i.BaselineId == baselineId).ToDictionaryAsync(i => i.WorkItemId, ct);
        var current = await (
            from w in db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id)
            join s in db.WorkItemSchedules on w.Id equals s.WorkItemId into sj
            from s in sj.DefaultIfEmpty()
            orderby w.Number
            select new { w.Id, w.Key, w.Title, w.Budget, Start = s == null ? (DateOnly?)null : s.EarlyStart, Finish = s == null ? (DateOnly?)null : s.EarlyFinish })
            .ToListAsync(ct);
        var holidays = await db.ProjectHolidays.AsNoTracking().Where(h => h.ProjectId == project.Id).Select(h => h.Date).ToListAsync(ct);
        var calendar = new WorkingCalendar(project.StartDate, holidays);

        var rows = new List<BaselineItemVariance>(current.Count + frozen.Count);
        foreach (var item in current)
        {
            frozen.Remove(item.Id, out var was);
            rows.Add(new BaselineItemVariance(item.Key, item.Title, was?.Start, was?.Finish, item.Start, item.Finish,
                Variance(calendar, was?.Start, item.Start), Variance(calendar, was?.Finish, item.Finish), was?.Budget, item.Budget));
        }

        // Items deleted since the baseline still show, with no current dates.
        rows.AddRange(frozen.Values.OrderBy(i => i.Key, StringComparer.Ordinal)
            .Select(was => new BaselineItemVariance(was.Key, was.Title, was.Start, was.Finish, null, null, null, null, was.Budget, null)));
        var currentFinish = current.Max(i => i.Finish);
        return new BaselineVariance(baseline, baseline.ProjectFinish, currentFinish, Variance(calendar, baseline.ProjectFinish, currentFinish), rows);
    }

    /// <summary>
    /// The schedule part of the project's health: the forecast finish against the most recent baseline,
    /// classified by <see cref="ScheduleHealth"/>.
    /// </summary>
    public async Task<Result<ScheduleHealthSummary>> ScheduleHealthAsync(ProjectAccess project, CancellationToken ct = default)
    {
        var baselines = await ListAsync(project, ct);
        if (!baselines.IsSuccess)
        {
            return baselines.Error!;
        }

        var latest = baselines.Value!.Count > 0 ? baselines.Value[0] : null;
        if (latest is null)
        {
            return new ScheduleHealthSummary(null, null, null, null, null, "No baseline yet: save one to track schedule slippage.");
        }

        var variance = await VarianceAsync(project, latest.Id, ct);
        if (!variance.IsSuccess)
        {
            return variance.Error!;
        }

        var slip = variance.Value!.FinishVarianceDays ?? 0;
        return new ScheduleHealthSummary(latest.Name, variance.Value.BaselineFinish, variance.Value.CurrentFinish, slip,
            ScheduleHealth.Classify(slip), ScheduleHealth.Explain(slip, latest.Name));
    }

    /// <summary>Working days from the baseline date to the current one (positive = later), counted on the project calendar.</summary>
    public static int? Variance(WorkingCalendar calendar, DateOnly? baseline, DateOnly? current)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return baseline is { } b && current is { } c ? calendar.OffsetOnOrAfter(c) - calendar.OffsetOnOrAfter(b) : null;
    }
}
