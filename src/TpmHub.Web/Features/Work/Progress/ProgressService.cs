using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Budget;
using TpmHub.Core.Common;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Work.Progress;

/// <summary>A percent complete recorded as of a status date.</summary>
public sealed record ProgressRequest(int? PercentComplete, string? AsOf);

public sealed record ProgressRow(DateOnly AsOf, int PercentComplete, string? RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// Dated progress of work items: each change of percent complete is kept as of its status date (today unless an earlier
/// day is given; never before the project start nor after today). The item's current percent is its latest entry.
/// </summary>
public sealed class ProgressService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    public static DateOnly TodayIn(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetLocalNow().DateTime);
    }

    /// <summary>
    /// The status date of a percent set in the work-item form: today, or the project start for a project that has not
    /// started yet (progress is never dated before the start).
    /// </summary>
    public static DateOnly ImplicitAsOf(ProjectAccess project, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(project);
        var today = TodayIn(time);
        return today < project.StartDate ? project.StartDate : today;
    }

    internal static ProgressEntry Entry(ProjectAccess project, WorkItem item, DateOnly asOf, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        ProjectId = project.Id,
        WorkItemId = item.Id,
        AsOf = asOf,
        PercentComplete = item.PercentComplete,
        RecordedBy = project.User.UserName,
        RecordedAt = now,
    };

    public async Task<Result<IReadOnlyList<ProgressRow>>> HistoryAsync(ProjectAccess project, string itemKey, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id && w.Key == itemKey).Select(w => (Guid?)w.Id).SingleOrDefaultAsync(ct);
        if (item is null)
        {
            return AccessRefusals.NotFound("Work item", itemKey);
        }

        return await db.ProgressEntries.AsNoTracking().Where(p => p.WorkItemId == item)
            .OrderByDescending(p => p.AsOf).ThenByDescending(p => p.RecordedAt)
            .Select(p => new ProgressRow(p.AsOf, p.PercentComplete, p.RecordedBy, p.RecordedAt)).ToListAsync(ct);
    }

    public async Task<Result<ProgressRow>> RecordAsync(ProjectAccess project, string itemKey, ProgressRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var today = TodayIn(time);
        if (request.PercentComplete is null)
        {
            errors.Add("percentComplete", "percentComplete is required (0–100).");
        }
        else
        {
            InputLimits.Percent("percentComplete", request.PercentComplete, errors);
        }

        var asOf = RequestParsing.Date(request.AsOf, "asOf", errors) ?? today;
        if (!errors.Has("asOf"))
        {
            BudgetRules.ProgressDate("asOf", asOf, project.StartDate, today, errors);
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The row lock serialises two entries for one item, so its current percent always follows its latest entry.
        await db.Database.ExecuteSqlAsync($"select 1 from work_items where project_id = {project.Id} and key = {itemKey} for update", ct);
        var item = await db.WorkItems.SingleOrDefaultAsync(w => w.ProjectId == project.Id && w.Key == itemKey, ct);
        if (item is null)
        {
            return AccessRefusals.NotFound("Work item", itemKey);
        }

        var now = time.GetUtcNow();
        var entry = new ProgressEntry
        {
            Id = Guid.CreateVersion7(),
            ProjectId = project.Id,
            WorkItemId = item.Id,
            AsOf = asOf,
            PercentComplete = request.PercentComplete!.Value,
            RecordedBy = project.User.UserName,
            RecordedAt = now,
        };
        db.ProgressEntries.Add(entry);

        // The item's current percent is the latest entry: this one unless one dated later exists.
        var later = await db.ProgressEntries.AsNoTracking().Where(p => p.WorkItemId == item.Id && p.AsOf > asOf)
            .OrderByDescending(p => p.AsOf).ThenByDescending(p => p.RecordedAt).Select(p => (int?)p.PercentComplete).FirstOrDefaultAsync(ct);
        item.PercentComplete = later ?? entry.PercentComplete;
        item.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ProgressRow(entry.AsOf, entry.PercentComplete, entry.RecordedBy, entry.RecordedAt);
    }
}
