using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Schedule;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Projects;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.Web.Features.Work.Dependencies;

/// <summary>
/// Links between work items. A link is refused when it would close a cycle (the cycle is named), links an
/// item to itself, repeats an existing link, or crosses projects. The schedule is recomputed after each change.
/// </summary>
public sealed class DependencyService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<DependencyRow>>> ListAsync(ProjectAccess project, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        return await Rows(db, db.Dependencies.Where(d => d.ProjectId == project.Id)).ToListAsync(ct);
    }

    public async Task<Result<DependencyRow>> AddAsync(ProjectAccess project, DependencyDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = DependencyRules.Validate(draft.Predecessor, draft.Successor, draft.Type, draft.LagDays, out var type);
        var lag = draft.LagDays ?? 0;
        var predecessor = await FindItemAsync(db, project, draft.Predecessor, "predecessor", errors, ct);
        var successor = await FindItemAsync(db, project, draft.Successor, "successor", errors, ct);
        if (predecessor is not null && successor is not null && predecessor.Value.Id == successor.Value.Id)
        {
            errors.Add("successor", $"{draft.Successor} cannot depend on itself.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ProjectSequence<WorkItemSequence>.LockAsync(db, project.Id, ct);
        if (await db.Dependencies.AnyAsync(d => d.PredecessorId == predecessor!.Value.Id && d.SuccessorId == successor!.Value.Id, ct))
        {
            return Error.Invalid("successor", $"{predecessor!.Value.Key} → {successor!.Value.Key} is already linked.");
        }

        // Checked under the project's lock, so two concurrent links cannot close a cycle between them.
        var network = await ScheduleService.LoadNetworkAsync(db, project, ct);
        var cycle = ScheduleEngine.FindCycleIfAdded(network.Links, predecessor!.Value.Key, successor!.Value.Key);
        if (cycle is not null)
        {
            return Error.Invalid("successor", "This link would create a cycle: " + string.Join(" → ", cycle) + ".");
        }

        var link = new Dependency
        {
            Id = Guid.CreateVersion7(),
            ProjectId = project.Id,
            PredecessorId = predecessor.Value.Id,
            SuccessorId = successor.Value.Id,
            Type = type,
            LagDays = lag,
            CreatedAt = now,
        };
        db.Dependencies.Add(link);
        await db.SaveChangesAsync(ct);
        // The network read for the cycle check, plus the new link, is exactly what is now saved (the project is locked).
        var saved = network with { Links = [.. network.Links, new ScheduleLinkInput(predecessor.Value.Key, successor.Value.Key, type, lag)] };
        if (await ScheduleService.RecomputeAsync(db, project, ct, saved) is { } refused)
        {
            return ScheduleService.Refuse(refused, "lagDays");
        }

        await tx.CommitAsync(ct);
        return new DependencyRow(link.Id, predecessor.Value.Key, successor.Value.Key, type, lag);
    }

    public async Task<Result<bool>> DeleteAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var link = await db.Dependencies.FirstOrDefaultAsync(d => d.Id == id && d.ProjectId == project.Id, ct);
        if (link is null)
        {
            return Error.NotFound("Dependency");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ProjectSequence<WorkItemSequence>.LockAsync(db, project.Id, ct);
        db.Dependencies.Remove(link);
        await db.SaveChangesAsync(ct);
        await ScheduleService.RecomputeAfterRemovalAsync(db, project, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    private static async Task<(Guid Id, string Key)?> FindItemAsync(TpmHubDbContext db, ProjectAccess project, string? key, string field,
        ValidationErrors errors, CancellationToken ct)
    {
        if (errors.Has(field))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(key))
        {
            errors.Add(field, $"{field} is required (an item key such as {project.Key}-1).");
            return null;
        }

        var item = await db.WorkItems.AsNoTracking().Where(w => w.Key == key).Select(w => new { w.Id, w.Key, w.ProjectId }).FirstOrDefaultAsync(ct);
        if (item is null || item.ProjectId != project.Id)
        {
            // One message for "no such item" and "item of another project", so nothing outside the project is revealed.
            errors.Add(field, $"No work item {key} in project {project.Key}; links stay within one project.");
            return null;
        }

        return (item.Id, item.Key);
    }

    private static IQueryable<DependencyRow> Rows(TpmHubDbContext db, IQueryable<Dependency> links) =>
        from d in links.AsNoTracking()
        join p in db.WorkItems on d.PredecessorId equals p.Id
        join s in db.WorkItems on d.SuccessorId equals s.Id
        orderby d.CreatedAt
        select new DependencyRow(d.Id, p.Key, s.Key, d.Type, d.LagDays);
}
