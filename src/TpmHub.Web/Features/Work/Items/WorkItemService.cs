using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Projects;
using TpmHub.Web.Features.Work.Gantt;
using TpmHub.Web.Features.Work.Progress;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.Web.Features.Work.Items;

/// <summary>
/// Work items of a project. Every write that touches the plan runs in a transaction that holds the
/// project's schedule lock, saves, and recomputes the critical path before committing, so what anyone
/// reads afterwards is the exact schedule of the saved plan.
/// </summary>
public sealed class WorkItemService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    public async Task<Result<PagedResult<WorkItemDetails>>> ListAsync(ProjectAccess project, WorkItemQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var items = db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = RequestParsing.ContainsPattern(query.Search);
            items = items.Where(w => EF.Functions.ILike(w.Title, pattern) || EF.Functions.ILike(w.Key, pattern));
        }

        if (query.Type is { } type)
        {
            items = items.Where(w => w.Type == type);
        }

        if (query.Status is { } status)
        {
            items = items.Where(w => w.Status == status);
        }

        if (!string.IsNullOrEmpty(query.AssigneeId))
        {
            items = items.Where(w => w.AssigneeId == query.AssigneeId);
        }

        if (query.CriticalOnly)
        {
            items = items.Where(w => db.WorkItemSchedules.Any(s => s.WorkItemId == w.Id && s.Critical));
        }

        var total = await items.CountAsync(ct);
        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(query.Page, 1);
        var rows = await Select(Sort(Join(db, items), query.Sort, query.Descending).Skip((page - 1) * pageSize).Take(pageSize), project.Key)
            .ToListAsync(ct);
        return new PagedResult<WorkItemDetails>(rows, total);
    }

    /// <summary>All items in schedule order (early start, then number), with every detail: for the board. (The Gantt reads a narrow model through <see cref="GanttService"/>.)</summary>
    public async Task<Result<IReadOnlyList<WorkItemDetails>>> AllAsync(ProjectAccess project, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await Select(Join(db, db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id))
                .OrderBy(j => j.S == null ? int.MaxValue : j.S.EarlyStartOffset).ThenBy(j => j.S == null ? 0 : j.S.EarlyFinishOffset).ThenBy(j => j.W.Number),
            project.Key).ToListAsync(ct);
        return rows;
    }

    public async Task<Result<WorkItemDetails>> GetAsync(ProjectAccess project, string itemKey, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await Project(db, db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id && w.Key == itemKey), project.Key)
            .FirstOrDefaultAsync(ct);
        return item is null ? NotFound(itemKey) : item;
    }

    public async Task<Result<WorkItemDetails>> CreateAsync(ProjectAccess project, WorkItemDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = WorkItemRules.Validate(draft);
        var parentId = await CheckReferencesAsync(db, project, draft, null, errors, ct);
        if (errors.Any)
        {
            return errors.ToError();
        }

        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var item = new WorkItem
        {
            Id = Guid.CreateVersion7(),
            ProjectId = project.Id,
            Number = await ProjectSequence<WorkItemSequence>.NextAsync(db, project.Id, ct),
            CreatedAt = now,
        };
        item.Key = $"{project.Key}-{item.Number}";
        Apply(item, draft, parentId, now);
        db.WorkItems.Add(item);
        if (item.PercentComplete > 0)
        {
            db.ProgressEntries.Add(ProgressService.Entry(project, item, ProgressService.ImplicitAsOf(project, time), now));
        }

        await db.SaveChangesAsync(ct);
        if (await ScheduleService.RecomputeAsync(db, project, ct) is { } refused)
        {
            return ScheduleService.Refuse(refused, ScheduleFields(draft, null));
        }

        await tx.CommitAsync(ct);
        return await GetAsync(project, item.Key, ct);
    }

    /// <summary>Replaces the item's editable fields if <paramref name="version"/> is current (else a conflict with the current state).</summary>
    public async Task<Result<WorkItemDetails>> UpdateAsync(ProjectAccess project, string itemKey, WorkItemDraft draft, uint version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.WorkItems.FirstOrDefaultAsync(w => w.ProjectId == project.Id && w.Key == itemKey, ct);
        if (item is null)
        {
            return NotFound(itemKey);
        }

        var errors = WorkItemRules.Validate(draft);
        var parentId = await CheckReferencesAsync(db, project, draft, item, errors, ct);
        if (errors.Any)
        {
            return errors.ToError();
        }

        if (item.Version != version)
        {
            return await ConflictAsync(project, itemKey, ct);
        }

        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ProjectSequence<WorkItemSequence>.LockAsync(db, project.Id, ct);
        db.Entry(item).Property(w => w.Version).OriginalValue = version;
        var before = (item.DurationDays, item.StartNoEarlierThan);
        var affectsSchedule = item.DurationDays != draft.DurationDays || item.StartNoEarlierThan != draft.StartNoEarlierThan;
        var percentBefore = item.PercentComplete;
        Apply(item, draft, parentId, now);
        if (item.PercentComplete != percentBefore)
        {
            // A changed percent is progress as of today (the Progress API records it as of an earlier day; see ImplicitAsOf).
            db.ProgressEntries.Add(ProgressService.Entry(project, item, ProgressService.ImplicitAsOf(project, time), now));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await tx.RollbackAsync(ct);
            return await ConflictAsync(project, itemKey, ct);
        }

        if (affectsSchedule && await ScheduleService.RecomputeAsync(db, project, ct) is { } refused)
        {
            return ScheduleService.Refuse(refused, ScheduleFields(draft, before));
        }

        await tx.CommitAsync(ct);
        return await GetAsync(project, itemKey, ct);
    }

    /// <summary>The current item as a draft, for partial updates (PATCH) and forms.</summary>
    public static WorkItemDraft ToDraft(WorkItemDetails item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new WorkItemDraft(item.Title, item.Type, item.Status, item.Priority, item.Description, item.AssigneeId, item.ParentKey,
            item.DurationDays, item.Budget, item.PercentComplete, item.StartNoEarlierThan, item.Estimate?.Optimistic, item.Estimate?.MostLikely,
            item.Estimate?.Pessimistic, item.ActualStart, item.ActualFinish, item.DueDate);
    }

    /// <summary>Moves an item to another status (board drag, inline change); touches nothing else, so no version is needed.</summary>
    public async Task<Result<WorkItemDetails>> SetStatusAsync(ProjectAccess project, string itemKey, WorkItemStatus status, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(status))
        {
            return Error.Invalid("status", "Status must be one of backlog, toDo, inProgress, review, done.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.WorkItems.FirstOrDefaultAsync(w => w.ProjectId == project.Id && w.Key == itemKey, ct);
        if (item is null)
        {
            return NotFound(itemKey);
        }

        var now = time.GetUtcNow();
        item.Status = status;
        if (status == WorkItemStatus.Done)
        {
            item.PercentComplete = 100;
        }

        item.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return await GetAsync(project, itemKey, ct);
    }

    public async Task<Result<bool>> DeleteAsync(ProjectAccess project, string itemKey, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.WorkItems.FirstOrDefaultAsync(w => w.ProjectId == project.Id && w.Key == itemKey, ct);
        if (item is null)
        {
            return NotFound(itemKey);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ProjectSequence<WorkItemSequence>.LockAsync(db, project.Id, ct);
        // Links go through the change tracker (not only the database cascade) so their removal is audited too.
        db.Dependencies.RemoveRange(await db.Dependencies.Where(d => d.PredecessorId == item.Id || d.SuccessorId == item.Id).ToListAsync(ct));
        foreach (var child in await db.WorkItems.Where(w => w.ParentId == item.Id).ToListAsync(ct))
        {
            child.ParentId = null;
        }

        db.WorkItems.Remove(item);
        await db.SaveChangesAsync(ct);
        await ScheduleService.RecomputeAfterRemovalAsync(db, project, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>"CLD-42" → "CLD"; null when the text is not an item key.</summary>
    public static string? ProjectKeyOf(string? itemKey)
    {
        if (string.IsNullOrEmpty(itemKey))
        {
            return null;
        }

        var dash = itemKey.LastIndexOf('-');
        return dash > 0 && dash < itemKey.Length - 1 && int.TryParse(itemKey.AsSpan(dash + 1), out var n) && n > 0 ? itemKey[..dash] : null;
    }

    /// <summary>The fields of a write that can move the plan: the duration, and the start constraint when it is set or changed.</summary>
    private static string[] ScheduleFields(WorkItemDraft draft, (int DurationDays, DateOnly? StartNoEarlierThan)? before)
    {
        var fields = new List<string>(2);
        if (before is null || before.Value.DurationDays != draft.DurationDays)
        {
            fields.Add("durationDays");
        }

        if (draft.StartNoEarlierThan is not null && (before is null || before.Value.StartNoEarlierThan != draft.StartNoEarlierThan))
        {
            fields.Add("startNoEarlierThan");
        }

        return fields.Count == 0 ? ["durationDays"] : [.. fields];
    }

    private static async Task<Guid?> CheckReferencesAsync(TpmHubDbContext db, ProjectAccess project, WorkItemDraft draft, WorkItem? self,
        ValidationErrors errors, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(draft.AssigneeId) && !errors.Has("assigneeId")
            && !await db.ProjectMembers.AnyAsync(m => m.ProjectId == project.Id && m.UserId == draft.AssigneeId, ct))
        {
            errors.Add("assigneeId", "The assignee must be a member of the project.");
        }

        if (string.IsNullOrEmpty(draft.ParentKey) || errors.Has("parentKey"))
        {
            return null;
        }

        var parent = await db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id && w.Key == draft.ParentKey)
            .Select(w => new { w.Id, w.Type }).FirstOrDefaultAsync(ct);
        if (parent is null)
        {
            errors.Add("parentKey", $"No work item {draft.ParentKey} in project {project.Key}.");
            return null;
        }

        if (parent.Type != WorkItemType.Epic)
        {
            errors.Add("parentKey", "The parent must be an epic.");
        }
        else if (self is not null && parent.Id == self.Id)
        {
            errors.Add("parentKey", "An item cannot be its own parent.");
        }

        return parent.Id;
    }

    private static void Apply(WorkItem item, WorkItemDraft draft, Guid? parentId, DateTimeOffset now)
    {
        item.Title = draft.Title!.Trim();
        item.Type = draft.Type!.Value;
        item.Status = draft.Status ?? WorkItemStatus.Backlog;
        item.Priority = draft.Priority ?? WorkItemPriority.Medium;
        item.Description = draft.Description ?? "";
        item.AssigneeId = string.IsNullOrEmpty(draft.AssigneeId) ? null : draft.AssigneeId;
        item.ParentId = parentId;
        item.DurationDays = draft.DurationDays!.Value;
        item.Budget = draft.Budget ?? 0m;
        item.PercentComplete = draft.PercentComplete ?? 0;
        item.StartNoEarlierThan = draft.StartNoEarlierThan;
        item.Optimistic = draft.Optimistic;
        item.MostLikely = draft.MostLikely;
        item.Pessimistic = draft.Pessimistic;
        item.ActualStart = draft.ActualStart;
        item.ActualFinish = draft.ActualFinish;
        item.DueDate = draft.DueDate;
        item.UpdatedAt = now;
    }

    /// <summary>An item with its schedule, assignee and parent, still translatable (member-initialised) so it can be sorted in SQL.</summary>
    private sealed class Joined
    {
        public WorkItem W { get; init; } = default!;

        public WorkItemSchedule? S { get; init; }

        public string? AssigneeName { get; init; }

        public string? ParentKey { get; init; }
    }

    private static IQueryable<Joined> Join(TpmHubDbContext db, IQueryable<WorkItem> items) =>
        from w in items
        join s in db.WorkItemSchedules on w.Id equals s.WorkItemId into sj
        from s in sj.DefaultIfEmpty()
        join u in db.Users on w.AssigneeId equals u.Id into uj
        from u in uj.DefaultIfEmpty()
        join p in db.WorkItems on w.ParentId equals p.Id into pj
        from p in pj.DefaultIfEmpty()
        select new Joined { W = w, S = s, AssigneeName = u == null ? null : u.DisplayName, ParentKey = p == null ? null : p.Key };

    private static IQueryable<WorkItemDetails> Project(TpmHubDbContext db, IQueryable<WorkItem> items, string projectKey) =>
        Select(Join(db, items), projectKey);

    private static IQueryable<WorkItemDetails> Select(IQueryable<Joined> rows, string projectKey) =>
        rows.Select(j => new WorkItemDetails(
            j.W.Key, projectKey, j.W.Type, j.W.Title, j.W.Description, j.W.Status, j.W.Priority, j.W.AssigneeId, j.AssigneeName,
            j.ParentKey, j.W.DurationDays, j.W.Budget, j.W.PercentComplete, j.W.StartNoEarlierThan,
            j.W.Optimistic == null ? null : new WorkItemEstimate(j.W.Optimistic, j.W.MostLikely, j.W.Pessimistic),
            j.W.ActualStart, j.W.ActualFinish,
            j.S == null ? null : j.S.EarlyStart, j.S == null ? null : j.S.EarlyFinish, j.S == null ? null : j.S.LateStart,
            j.S == null ? null : j.S.LateFinish, j.S == null ? null : j.S.TotalFloat, j.S == null ? null : j.S.FreeFloat,
            j.S != null && j.S.Critical, j.S == null ? null : j.S.EarlyStartOffset, j.S == null ? null : j.S.EarlyFinishOffset, j.W.Version, j.W.DueDate));

    private static IQueryable<Joined> Sort(IQueryable<Joined> rows, string? sort, bool desc) =>
        (sort?.ToLowerInvariant(), desc) switch
        {
            ("title", false) => rows.OrderBy(r => r.W.Title).ThenBy(r => r.W.Number),
            ("title", true) => rows.OrderByDescending(r => r.W.Title).ThenBy(r => r.W.Number),
            ("status", false) => rows.OrderBy(r => r.W.Status).ThenBy(r => r.W.Number),
            ("status", true) => rows.OrderByDescending(r => r.W.Status).ThenBy(r => r.W.Number),
            ("priority", false) => rows.OrderBy(r => r.W.Priority).ThenBy(r => r.W.Number),
            ("priority", true) => rows.OrderByDescending(r => r.W.Priority).ThenBy(r => r.W.Number),
            ("type", false) => rows.OrderBy(r => r.W.Type).ThenBy(r => r.W.Number),
            ("type", true) => rows.OrderByDescending(r => r.W.Type).ThenBy(r => r.W.Number),
            ("duration", false) => rows.OrderBy(r => r.W.DurationDays).ThenBy(r => r.W.Number),
            ("duration", true) => rows.OrderByDescending(r => r.W.DurationDays).ThenBy(r => r.W.Number),
            ("start", false) => rows.OrderBy(r => r.S!.EarlyStartOffset).ThenBy(r => r.W.Number),
            ("start", true) => rows.OrderByDescending(r => r.S!.EarlyStartOffset).ThenBy(r => r.W.Number),
            ("finish", false) => rows.OrderBy(r => r.S!.EarlyFinishOffset).ThenBy(r => r.W.Number),
            ("finish", true) => rows.OrderByDescending(r => r.S!.EarlyFinishOffset).ThenBy(r => r.W.Number),
            ("float", false) => rows.OrderBy(r => r.S!.TotalFloat).ThenBy(r => r.W.Number),
            ("float", true) => rows.OrderByDescending(r => r.S!.TotalFloat).ThenBy(r => r.W.Number),
            (_, true) => rows.OrderByDescending(r => r.W.Number),
            _ => rows.OrderBy(r => r.W.Number),
        };

    private async Task<Error> ConflictAsync(ProjectAccess project, string itemKey, CancellationToken ct)
    {
        var current = await GetAsync(project, itemKey, ct);
        return Error.Conflict($"Someone else changed {itemKey} after you loaded it. Reload to see their changes.", current.Value);
    }

    private static Error NotFound(string itemKey) => AccessRefusals.NotFound("Work item", itemKey);
}
