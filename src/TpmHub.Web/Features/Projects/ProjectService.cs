using Microsoft.EntityFrameworkCore;
using Npgsql;
using TpmHub.Core.Common;
using TpmHub.Core.Projects;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Health;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.Web.Features.Projects;

/// <summary>
/// Projects and their members. Visibility: admins see every project, everyone else only those they are
/// a member of; anything else is "not found" so its existence is never revealed. Writes need Admin or
/// TeamLead (and membership for a lead); a stakeholder's write is forbidden.
/// </summary>
public sealed class ProjectService(IDbContextFactory<TpmHubDbContext> dbFactory, ProjectHealthService health, TimeProvider time)
{
    public const int MaxPageSize = 200;

    public async Task<PagedResult<ProjectRow>> ListAsync(CurrentUser user, ProjectQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Archived projects leave the list unless the query asks for them (and then only they are listed).
        var projects = ProjectGate.Visible(db, user).Where(p => (p.ArchivedAt != null) == query.Archived);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = RequestParsing.ContainsPattern(query.Search);
            projects = projects.Where(p => EF.Functions.ILike(p.Name, pattern) || EF.Functions.ILike(p.Key, pattern));
        }

        if (query.Kind is { } kind)
        {
            projects = projects.Where(p => p.Kind == kind);
        }

        if (query.Status is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }

        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(query.Page, 1);
        if (query.Health is not null || string.Equals(query.Sort, "health", StringComparison.OrdinalIgnoreCase))
        {
            return await ByHealthAsync(db, projects, query, page, pageSize, ct);
        }

        var total = await projects.CountAsync(ct);
        var rows = await Rows(db, Sort(projects, query.Sort, query.Descending)).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var items = await WithHealthAsync(rows, ct);
        return new PagedResult<ProjectRow>(items, total);
    }

    public async Task<Result<ProjectDetails>> GetAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        return await DetailsAsync(project.Id, ct);
    }

    public async Task<Result<ProjectDetails>> CreateAsync(CurrentUser user, ProjectDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!user.CanWrite)
        {
            return Error.Forbidden(AccessRefusals.CreateProjects);
        }

        // Whoever creates a project owns it unless they name another owner.
        draft = draft with { OwnerId = string.IsNullOrWhiteSpace(draft.OwnerId) ? user.UserId : draft.OwnerId };
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = ProjectRules.Validate(draft);
        await CheckOwnerAsync(db, draft.OwnerId, errors, ct);
        if (ProjectRules.IsValidKey(draft.Key) && await db.Projects.AnyAsync(p => p.Key == draft.Key, ct))
        {
            errors.Add("key", $"Key {draft.Key} is already used by another project.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var now = time.GetUtcNow();
        var project = new Project
        {
            Id = Guid.CreateVersion7(),
            Key = draft.Key!,
            CreatedAt = now,
        };
        Apply(project, draft, now);
        project.Members.Add(new ProjectMember { ProjectId = project.Id, UserId = user.UserId, AddedAt = now });
        if (project.OwnerId != user.UserId)
        {
            project.Members.Add(new ProjectMember { ProjectId = project.Id, UserId = project.OwnerId, AddedAt = now });
        }

        db.Projects.Add(project);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Error.Invalid("key", $"Key {draft.Key} is already used by another project.");
        }

        return await DetailsAsync(project.Id, ct);
    }

    /// <summary>
    /// Saves a new state of the project if <paramref name="version"/> is still current; otherwise a conflict
    /// carrying the current state, so nobody silently overwrites someone else's change. The key never changes.
    /// </summary>
    public async Task<Result<ProjectDetails>> UpdateAsync(ProjectAccess access, ProjectDraft draft, uint version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(draft);
        var key = access.Key;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await db.Projects.SingleAsync(p => p.Id == access.Id, ct);
        // A replacement that names no owner keeps the current one.
        draft = draft with { OwnerId = string.IsNullOrWhiteSpace(draft.OwnerId) ? project.OwnerId : draft.OwnerId };
        var errors = ProjectRules.Validate(draft with { Key = draft.Key ?? key });
        if (draft.Key is not null && draft.Key != key)
        {
            errors.Add("key", "The key of an existing project cannot be changed.");
        }

        await CheckOwnerAsync(db, draft.OwnerId, errors, ct);
        if (errors.Any)
        {
            return errors.ToError();
        }

        if (project.Version != version)
        {
            return await ConflictAsync(access, ct);
        }

        var now = time.GetUtcNow();
        // A new start moves the whole plan (offset 0 is the start): the schedule is recomputed in the same transaction.
        var startMoved = project.StartDate != draft.StartDate;
        await using var tx = startMoved ? await db.Database.BeginTransactionAsync(ct) : null;
        if (startMoved)
        {
            await ProjectSequence<WorkItemSequence>.LockAsync(db, project.Id, ct);
        }

        db.Entry(project).Property(p => p.Version).OriginalValue = version;
        Apply(project, draft, now);
        if (!await db.ProjectMembers.AnyAsync(m => m.ProjectId == project.Id && m.UserId == project.OwnerId, ct))
        {
            db.ProjectMembers.Add(new ProjectMember { ProjectId = project.Id, UserId = project.OwnerId, AddedAt = now });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(access, ct);
        }

        if (tx is not null)
        {
            if (await ScheduleService.RecomputeAsync(db, access with { StartDate = project.StartDate }, ct) is { } refused)
            {
                return ScheduleService.Refuse(refused, "startDate");
            }

            await tx.CommitAsync(ct);
        }

        return await DetailsAsync(access.Id, ct);
    }

    /// <summary>Archives (or unarchives) the project: archived, it leaves the portfolio and is read-only for everyone.</summary>
    public async Task<Result<ProjectDetails>> SetArchivedAsync(ProjectAccess access, bool archived, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await db.Projects.SingleAsync(p => p.Id == access.Id, ct);
        if ((project.ArchivedAt is not null) != archived)
        {
            var now = time.GetUtcNow();
            project.ArchivedAt = archived ? now : null;
            project.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
        }

        return await DetailsAsync(project.Id, ct);
    }

    /// <summary>
    /// Deletes the project and everything in it, for good. The caller types the key to confirm, so a slip of the mouse or
    /// a replayed request for another project deletes nothing.
    /// </summary>
    public async Task<Result<bool>> DeleteAsync(ProjectAccess access, string? confirm, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!string.Equals(confirm, access.Key, StringComparison.Ordinal))
        {
            return Error.Invalid("confirm", $"Type the project key {access.Key} to confirm the deletion.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Projects.Remove(await db.Projects.SingleAsync(p => p.Id == access.Id, ct));
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<ProjectMemberRow>> MembersAsync(ProjectAccess access, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await db.Projects.Where(p => p.Id == access.Id).Select(p => new { p.Id, p.OwnerId }).SingleAsync(ct);
        var rows = await (
            from m in db.ProjectMembers
            where m.ProjectId == project.Id
            join u in db.Users on m.UserId equals u.Id
            let role = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault()
            orderby u.DisplayName
            select new ProjectMemberRow(u.Id, u.DisplayName, u.Email ?? "", role ?? "", u.Id == project.OwnerId)).ToListAsync(ct);
        return rows;
    }

    /// <summary>Membership is managed by admins only (the gate's <see cref="AccessNeed.Manage"/>).</summary>
    public async Task<Result<IReadOnlyList<ProjectMemberRow>>> AddMemberAsync(ProjectAccess access, string? userId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await db.Projects.SingleAsync(p => p.Id == access.Id, ct);
        var errors = new ValidationErrors();
        if (!InputLimits.Text("userId", userId, errors))
        {
            return errors.ToError();
        }

        if (string.IsNullOrWhiteSpace(userId) || !await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return Error.Invalid("userId", "Choose an existing user.");
        }

        if (await db.ProjectMembers.AnyAsync(m => m.ProjectId == project.Id && m.UserId == userId, ct))
        {
            return Error.Invalid("userId", "That user is already a member of this project.");
        }

        var now = time.GetUtcNow();
        db.ProjectMembers.Add(new ProjectMember { ProjectId = project.Id, UserId = userId, AddedAt = now });
        await db.SaveChangesAsync(ct);
        return Result<IReadOnlyList<ProjectMemberRow>>.Ok(await MembersAsync(access, ct));
    }

    public async Task<Result<IReadOnlyList<ProjectMemberRow>>> RemoveMemberAsync(ProjectAccess access, string userId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await db.Projects.SingleAsync(p => p.Id == access.Id, ct);
        if (project.OwnerId == userId)
        {
            return Error.Invalid("userId", "The owner stays a member; choose another owner first.");
        }

        var member = await db.ProjectMembers.FirstOrDefaultAsync(m => m.ProjectId == project.Id && m.UserId == userId, ct);
        if (member is null)
        {
            return Error.NotFound("Member");
        }

        db.ProjectMembers.Remove(member);
        await db.SaveChangesAsync(ct);
        return Result<IReadOnlyList<ProjectMemberRow>>.Ok(await MembersAsync(access, ct));
    }

    public async Task<IReadOnlyList<ProjectHistoryRow>> HistoryAsync(ProjectAccess access, int take = 200, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        var projectId = access.Id;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ProjectId == projectId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(Math.Clamp(take, 1, 1000))
            .Select(a => new ProjectHistoryRow(a.At, a.UserName, a.EntityType, a.EntityId, a.Action, a.Changes))
            .ToListAsync(ct);
        return rows;
    }

    /// <summary>The rows with their effective health (the override, else the computed rating) filled in.</summary>
    public async Task<IReadOnlyList<ProjectRow>> WithHealthAsync(IReadOnlyList<ProjectRow> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var readings = await health.ForProjectsAsync(rows.Select(r => (r.Id, r.StartDate)).ToList(), ct);
        return rows.Select(r => r.WithHealth(readings[r.Id])).ToList();
    }

    // Health is computed, not stored: filtering or sorting by it rates every matching project, then pages in memory.
    private async Task<PagedResult<ProjectRow>> ByHealthAsync(TpmHubDbContext db, IQueryable<Project> projects, ProjectQuery query, int page, int pageSize, CancellationToken ct)
    {
        var all = await projects.OrderBy(p => p.Key).Select(p => new { p.Id, p.Key, p.StartDate }).ToListAsync(ct);
        var readings = await health.ForProjectsAsync(all.Select(p => (p.Id, p.StartDate)).ToList(), ct);
        var matching = all.Where(p => query.Health is null || readings[p.Id].Effective == query.Health).ToList();
        if (string.Equals(query.Sort, "health", StringComparison.OrdinalIgnoreCase))
        {
            matching = (query.Descending
                ? matching.OrderByDescending(p => readings[p.Id].Effective)
                : matching.OrderBy(p => readings[p.Id].Effective)).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        }

        var pageIds = matching.Skip((page - 1) * pageSize).Take(pageSize).Select(p => p.Id).ToList();
        if (!string.Equals(query.Sort, "health", StringComparison.OrdinalIgnoreCase))
        {
            pageIds = await Sort(projects.Where(p => matching.Select(m => m.Id).Contains(p.Id)), query.Sort, query.Descending)
                .Skip((page - 1) * pageSize).Take(pageSize).Select(p => p.Id).ToListAsync(ct);
        }

        var rows = (await Rows(db, db.Projects.Where(p => pageIds.Contains(p.Id))).ToListAsync(ct)).ToDictionary(r => r.Id);
        return new PagedResult<ProjectRow>(pageIds.Select(id => rows[id].WithHealth(readings[id])).ToList(), matching.Count);
    }

    internal static IQueryable<ProjectRow> Rows(TpmHubDbContext db, IQueryable<Project> projects) =>
        from p in projects.AsNoTracking()
        join u in db.Users on p.OwnerId equals u.Id
        select new ProjectRow(p.Id, p.Key, p.Name, p.Kind, p.Phase, p.Status, p.OwnerId, u.DisplayName, p.StartDate, p.TargetDate, ProjectHealth.Green, null);

    private static IQueryable<ProjectDetails> Details(TpmHubDbContext db, IQueryable<Project> projects) =>
        from p in projects.AsNoTracking()
        join u in db.Users on p.OwnerId equals u.Id
        select new ProjectDetails(p.Key, p.Name, p.Kind, p.Phase, p.Status, p.OwnerId, u.DisplayName, p.StartDate, p.TargetDate,
            p.Currency, p.Description, p.Objectives, ProjectHealth.Green, null, p.Version, p.ArchivedAt);

    private static IQueryable<Project> Sort(IQueryable<Project> projects, string? sort, bool descending) =>
        (sort?.ToLowerInvariant(), descending) switch
        {
            ("name", false) => projects.OrderBy(p => p.Name),
            ("name", true) => projects.OrderByDescending(p => p.Name),
            ("kind", false) => projects.OrderBy(p => p.Kind).ThenBy(p => p.Key),
            ("kind", true) => projects.OrderByDescending(p => p.Kind).ThenBy(p => p.Key),
            ("status", false) => projects.OrderBy(p => p.Status).ThenBy(p => p.Key),
            ("status", true) => projects.OrderByDescending(p => p.Status).ThenBy(p => p.Key),
            ("startdate", false) => projects.OrderBy(p => p.StartDate).ThenBy(p => p.Key),
            ("startdate", true) => projects.OrderByDescending(p => p.StartDate).ThenBy(p => p.Key),
            ("targetdate", false) => projects.OrderBy(p => p.TargetDate).ThenBy(p => p.Key),
            ("targetdate", true) => projects.OrderByDescending(p => p.TargetDate).ThenBy(p => p.Key),
            (_, true) => projects.OrderByDescending(p => p.Key),
            _ => projects.OrderBy(p => p.Key),
        };

    private static void Apply(Project project, ProjectDraft draft, DateTimeOffset now)
    {
        project.Name = draft.Name!.Trim();
        project.Kind = draft.Kind!.Value;
        project.Phase = draft.Phase!.Value;
        project.Status = draft.Status!.Value;
        project.OwnerId = draft.OwnerId!;
        project.StartDate = draft.StartDate!.Value;
        project.TargetDate = draft.TargetDate!.Value;
        project.Currency = draft.Currency!;
        project.Description = draft.Description ?? "";
        project.Objectives = draft.Objectives ?? "";
        project.UpdatedAt = now;
    }

    private static async Task CheckOwnerAsync(TpmHubDbContext db, string? ownerId, ValidationErrors errors, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(ownerId) && !errors.Has("ownerId") && !await db.Users.AnyAsync(u => u.Id == ownerId, ct))
        {
            errors.Add("ownerId", "Owner must be an existing user.");
        }
    }

    private async Task<ProjectDetails> DetailsAsync(Guid id, CancellationToken ct)
    {
        ProjectDetails details;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            details = await Details(db, db.Projects.Where(p => p.Id == id)).SingleAsync(ct);
        }

        var reading = (await health.ForProjectsAsync([(id, details.StartDate)], ct))[id];
        return details with { Health = reading.Effective, HealthReason = reading.Reason, HealthReading = reading };
    }

    private async Task<Error> ConflictAsync(ProjectAccess access, CancellationToken ct)
    {
        var current = await DetailsAsync(access.Id, ct);
        return Error.Conflict("Someone else changed this project after you loaded it. Reload to see their changes.", current);
    }
}
