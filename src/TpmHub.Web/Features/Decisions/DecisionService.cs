using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Decisions;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Decisions;

/// <summary>
/// A project's decision log: entries keyed <c>CLD-D1</c>, linked to work items and RAID entries of the same project, and
/// superseded by later decisions (<see cref="DecisionRules.SupersedeProblem"/>). A decision is addressed by its id or its key.
/// </summary>
public sealed class DecisionService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The decisions, newest decided first (proposed ones, not yet decided, on top), optionally of one status.</summary>
    public async Task<Result<IReadOnlyList<DecisionRow>>> ListAsync(ProjectAccess project, DecisionStatus? status = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Decisions.AsNoTracking().Where(d => d.ProjectId == project.Id);
        if (status is { } s)
        {
            query = query.Where(d => d.Status == s);
        }

        var all = await query.OrderBy(d => d.DecidedOn == null ? 0 : 1).ThenByDescending(d => d.DecidedOn).ThenByDescending(d => d.Number).ToListAsync(ct);
        return (await RowsAsync(db, project, all, ct)).ToList();
    }

    public async Task<Result<DecisionRow>> GetAsync(ProjectAccess project, string decisionId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await Find(db.Decisions.AsNoTracking(), project, decisionId).SingleOrDefaultAsync(ct);
        return found is null ? NotFound(decisionId) : (await RowsAsync(db, project, [found], ct))[0];
    }

    /// <summary>The project's other decisions, newest first, to choose a replacement from.</summary>
    public async Task<IReadOnlyList<DecisionRef>> ChoicesAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Decisions.AsNoTracking().Where(d => d.ProjectId == project.Id).OrderByDescending(d => d.Number)
            .Select(d => new DecisionRef(d.Id, d.Key, d.Title, d.Status)).ToListAsync(ct);
    }

    public async Task<Result<DecisionRow>> CreateAsync(ProjectAccess project, DecisionRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        var draft = request.ToDraft(requireVersion: false);
        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = new ValidationErrors();
        var links = await ResolveLinksAsync(db, project, draft.Value!.Links, errors, ct);
        var target = await SupersedeTargetAsync(db, project, null, draft.Value, errors, ct);
        if (errors.Any)
        {
            return errors.ToError();
        }

        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var number = await ProjectSequence<DecisionSequence>.NextAsync(db, project.Id, ct);
        var decision = new Decision
        {
            Id = Guid.CreateVersion7(), ProjectId = project.Id, Number = number, Key = $"{project.Key}-D{number}", CreatedAt = now,
        };
        Apply(decision, draft.Value, target, now);
        db.Decisions.Add(decision);
        db.DecisionLinks.AddRange(links.Select(l => Link(decision.Id, l)));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetAsync(project, decision.Key, ct);
    }

    public async Task<Result<DecisionRow>> UpdateAsync(ProjectAccess project, string decisionId, DecisionRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        var draft = request.ToDraft(requireVersion: true);
        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var decision = await Find(db.Decisions, project, decisionId).SingleOrDefaultAsync(ct);
        if (decision is null)
        {
            return NotFound(decisionId);
        }

        var errors = new ValidationErrors();
        var links = await ResolveLinksAsync(db, project, draft.Value!.Links, errors, ct);
        var target = await SupersedeTargetAsync(db, project, decision.Id, draft.Value, errors, ct);
        if (errors.Any)
        {
            return errors.ToError();
        }

        if (decision.Version != request.Version!.Value)
        {
            return await ConflictAsync(project, decision.Key, ct);
        }

        Apply(decision, draft.Value, target, time.GetUtcNow());
        var existing = await db.DecisionLinks.Where(l => l.DecisionId == decision.Id).ToListAsync(ct);
        db.DecisionLinks.RemoveRange(existing.Where(e => !links.Any(l => Same(e, l))));
        db.DecisionLinks.AddRange(links.Where(l => !existing.Any(e => Same(e, l))).Select(l => Link(decision.Id, l)));
        // Marked modified so the version changes even when only the links did, and a concurrent edit is caught.
        db.Entry(decision).State = EntityState.Modified;
        db.Entry(decision).Property(d => d.Version).OriginalValue = request.Version.Value;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(project, decision.Key, ct);
        }

        return await GetAsync(project, decision.Key, ct);
    }

    /// <summary>Deletes a decision, unless another decision names it as the one that superseded it (409, naming them).</summary>
    public async Task<Result<bool>> DeleteAsync(ProjectAccess project, string decisionId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var decision = await Find(db.Decisions, project, decisionId).SingleOrDefaultAsync(ct);
        if (decision is null)
        {
            return NotFound(decisionId);
        }

        var replaced = await db.Decisions.Where(d => d.SupersededById == decision.Id).OrderBy(d => d.Number).Select(d => d.Key).ToListAsync(ct);
        if (replaced.Count > 0)
        {
            return Error.Conflict($"{decision.Key} cannot be deleted: it superseded {string.Join(", ", replaced)}. " +
                "Point those at another decision (or change their status) first.", (await GetAsync(project, decision.Key, ct)).Value);
        }

        db.Decisions.Remove(decision);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<Error> ConflictAsync(ProjectAccess project, string key, CancellationToken ct) =>
        Error.Conflict($"Someone else changed {key} after you loaded it. Reload to see their changes.", (await GetAsync(project, key, ct)).Value);

    /// <summary>The decision with this id or key in the project.</summary>
    private static IQueryable<Decision> Find(IQueryable<Decision> decisions, ProjectAccess project, string decisionId)
    {
        var inProject = decisions.Where(d => d.ProjectId == project.Id);
        if (Guid.TryParse(decisionId, out var id))
        {
            return inProject.Where(d => d.Id == id);
        }

        var key = decisionId.Trim().ToUpperInvariant();
        return inProject.Where(d => d.Key == key);
    }

    /// <summary>Resolves <c>supersededBy</c> and adds the field error <see cref="DecisionRules.SupersedeProblem"/> finds.</summary>
    private static async Task<DecisionSupersedeTarget?> SupersedeTargetAsync(TpmHubDbContext db, ProjectAccess project, Guid? self, DecisionDraft draft,
        ValidationErrors errors, CancellationToken ct)
    {
        var target = draft.SupersededBy is { } given
            ? await Find(db.Decisions.AsNoTracking(), project, given).Select(d => new DecisionSupersedeTarget(d.Id, d.Key, d.SupersededById)).SingleOrDefaultAsync(ct)
            : null;
        if (DecisionRules.SupersedeProblem(draft.Status, self, draft.SupersededBy is not null, target) is { } problem)
        {
            errors.Add("supersededBy", problem);
        }

        return target;
    }

    /// <summary>Work items and RAID entries of this project with these keys; every key that is neither is a field error on <c>links</c>.</summary>
    private static async Task<List<(Guid? WorkItemId, Guid? RaidEntryId)>> ResolveLinksAsync(TpmHubDbContext db, ProjectAccess project,
        IReadOnlyList<string> keys, ValidationErrors errors, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var items = await db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id && keys.Contains(w.Key)).Select(w => new { w.Id, w.Key }).ToListAsync(ct);
        var entries = await db.RaidEntries.AsNoTracking().Where(e => e.ProjectId == project.Id && keys.Contains(e.Key)).Select(e => new { e.Id, e.Key }).ToListAsync(ct);
        foreach (var missing in keys.Except(items.Select(i => i.Key)).Except(entries.Select(e => e.Key)))
        {
            errors.Add("links", $"No work item or RAID entry {missing} in project {project.Key}.");
        }

        return items.Select(i => ((Guid?)i.Id, (Guid?)null)).Concat(entries.Select(e => ((Guid?)null, (Guid?)e.Id))).ToList();
    }

    private static bool Same(DecisionLink existing, (Guid? WorkItemId, Guid? RaidEntryId) wanted) =>
        existing.WorkItemId == wanted.WorkItemId && existing.RaidEntryId == wanted.RaidEntryId;

    private static DecisionLink Link(Guid decisionId, (Guid? WorkItemId, Guid? RaidEntryId) target) =>
        new() { Id = Guid.CreateVersion7(), DecisionId = decisionId, WorkItemId = target.WorkItemId, RaidEntryId = target.RaidEntryId };

    private static async Task<IReadOnlyList<DecisionRow>> RowsAsync(TpmHubDbContext db, ProjectAccess project, IReadOnlyList<Decision> decisions, CancellationToken ct)
    {
        var ids = decisions.Select(d => d.Id).ToList();
        var itemLinks = await (from l in db.DecisionLinks.AsNoTracking()
                               where ids.Contains(l.DecisionId)
                               join w in db.WorkItems on l.WorkItemId equals w.Id
                               select new { l.DecisionId, w.Number, Row = new DecisionLinkRow(w.Key, DecisionLinkKind.WorkItem, w.Title) }).ToListAsync(ct);
        var entryLinks = await (from l in db.DecisionLinks.AsNoTracking()
                                where ids.Contains(l.DecisionId)
                                join e in db.RaidEntries on l.RaidEntryId equals e.Id
                                select new { l.DecisionId, e.Number, Row = new DecisionLinkRow(e.Key, DecisionLinkKind.RaidEntry, e.Title) }).ToListAsync(ct);
        var replacedBy = decisions.Where(d => d.SupersededById != null).Select(d => d.SupersededById!.Value).Distinct().ToList();
        var refs = await db.Decisions.AsNoTracking().Where(d => d.ProjectId == project.Id && (replacedBy.Contains(d.Id) || (d.SupersededById != null && ids.Contains(d.SupersededById.Value))))
            .OrderBy(d => d.Number).Select(d => new { d.SupersededById, Ref = new DecisionRef(d.Id, d.Key, d.Title, d.Status) }).ToListAsync(ct);
        return decisions.Select(d => new DecisionRow(d.Id, d.Key, d.Title, d.Context, d.Outcome, d.Alternatives, d.Consequences, d.DecidedBy, d.DecidedOn,
            d.Status,
            itemLinks.Where(l => l.DecisionId == d.Id).OrderBy(l => l.Number).Select(l => l.Row)
                .Concat(entryLinks.Where(l => l.DecisionId == d.Id).OrderBy(l => l.Number).Select(l => l.Row)).ToList(),
            d.SupersededById is { } by ? refs.FirstOrDefault(r => r.Ref.Id == by)?.Ref : null,
            refs.Where(r => r.SupersededById == d.Id).Select(r => r.Ref).ToList(),
            d.Version)).ToList();
    }

    private static void Apply(Decision d, DecisionDraft draft, DecisionSupersedeTarget? target, DateTimeOffset now)
    {
        (d.Title, d.Context, d.Outcome, d.Alternatives, d.Consequences) = (draft.Title, draft.Context, draft.Decision, draft.Alternatives, draft.Consequences);
        (d.DecidedBy, d.DecidedOn, d.Status, d.UpdatedAt) = (draft.DecidedBy, draft.DecidedOn, draft.Status, now);
        d.SupersededById = draft.Status == DecisionStatus.Superseded ? target?.Id : null;
    }

    private static Error NotFound(string decisionId) => AccessRefusals.NotFound("Decision", decisionId);
}
