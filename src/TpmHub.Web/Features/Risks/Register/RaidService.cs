using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Risks;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Risks.Register;

/// <summary>
/// A project's RAID register: list, read, add, change, delete, and turn a realised risk into an issue. Callers pass the
/// <see cref="ProjectAccess"/> the gate decided; an entry method answers not found when the entry is not in that project.
/// Every create or update that changes a risk's assessment appends a history snapshot (see <see cref="RaidEntryWrites"/>).
/// </summary>
public sealed class RaidService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    public async Task<Result<PagedResult<RaidEntryDetails>>> ListAsync(ProjectAccess project, RaidQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = RaidQueryFilter.Filter(db.RaidEntries.AsNoTracking().Where(e => e.ProjectId == project.Id), query);
        var total = await entries.CountAsync(ct);
        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(query.Page, 1);
        var rows = await RaidQueryFilter.Sort(entries, query.Sort, query.Descending).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedResult<RaidEntryDetails>(await RaidEntryReads.DetailsAsync(db, project.Key, rows, Today, ct), total);
    }

    public async Task<Result<RaidEntryDetails>> GetAsync(ProjectAccess project, string entryKey, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await DetailsAsync(db, project, entryKey, ct);
    }

    /// <summary>The project's members, by name, to choose an owner from (an owner must be a member).</summary>
    public async Task<IReadOnlyList<RaidOwnerOption>> OwnerChoicesAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await (from m in db.ProjectMembers.AsNoTracking()
                      where m.ProjectId == project.Id
                      join u in db.Users on m.UserId equals u.Id
                      orderby u.DisplayName
                      select new RaidOwnerOption(u.Id, u.DisplayName)).ToListAsync(ct);
    }

    public async Task<Result<RaidEntryDetails>> CreateAsync(ProjectAccess project, RaidDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = RaidRules.Validate(draft, Today);
        await RaidEntryWrites.CheckOwnerAsync(db, project, draft.OwnerId, errors, ct);
        var links = await RaidEntryWrites.ResolveWorkItemsAsync(db, project, draft.WorkItemKeys, errors, ct);
        if (errors.Any)
        {
            return errors.ToError();
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var entry = await RaidEntryWrites.InsertAsync(db, project, draft, links, time.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await DetailsAsync(db, project, entry.Key, ct);
    }

    public async Task<Result<RaidEntryDetails>> UpdateAsync(ProjectAccess project, string entryKey, RaidDraft draft, uint version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await FindAsync(db, project, entryKey, ct) is not { } entry)
        {
            return AccessRefusals.NotFound("RAID entry", entryKey);
        }

        var errors = RaidRules.Validate(draft, entry.RaisedOn);
        if (draft.Kind != entry.Kind)
        {
            errors.Add("kind", "An entry's kind cannot change; convert a realised risk to an issue instead.");
        }

        await RaidEntryWrites.CheckOwnerAsync(db, project, draft.OwnerId, errors, ct);
        var links = await RaidEntryWrites.ResolveWorkItemsAsync(db, project, draft.WorkItemKeys, errors, ct);
        if (errors.Any)
        {
            return errors.ToError();
        }

        if (entry.Version != version)
        {
            return await ConflictAsync(project, entryKey, ct);
        }

        var now = time.GetUtcNow();
        var before = RaidEntryWrites.Assessment(entry);
        db.Entry(entry).Property(e => e.Version).OriginalValue = version;
        RaidEntryWrites.Apply(entry, draft, now);
        if (RaidEntryWrites.Assessment(entry) != before)
        {
            db.RaidHistory.Add(RaidEntryWrites.Snapshot(entry, now, project.User));
        }

        if (draft.WorkItemKeys is not null)
        {
            var existing = await db.RaidEntryLinks.Where(l => l.EntryId == entry.Id).ToListAsync(ct);
            db.RaidEntryLinks.RemoveRange(existing.Where(l => !links.Contains(l.WorkItemId)));
            db.RaidEntryLinks.AddRange(links.Where(id => existing.All(l => l.WorkItemId != id)).Select(id => new RaidEntryLink { EntryId = entry.Id, WorkItemId = id }));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(project, entryKey, ct);
        }

        return await GetAsync(project, entryKey, ct);
    }

    public async Task<Result<bool>> DeleteAsync(ProjectAccess project, string entryKey, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await FindAsync(db, project, entryKey, ct) is not { } entry)
        {
            return AccessRefusals.NotFound("RAID entry", entryKey);
        }

        db.RaidEntries.Remove(entry);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// A risk that happened becomes an issue in one step: a new issue (same owner, links and title, severity from the
    /// impact) pointing back at the risk, and the risk marked realised. The two stay linked.
    /// </summary>
    public async Task<Result<RaidEntryDetails>> ConvertToIssueAsync(ProjectAccess project, string riskKey, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await FindAsync(db, project, riskKey, ct) is not { } risk)
        {
            return AccessRefusals.NotFound("RAID entry", riskKey);
        }

        if (risk.Kind != RaidKind.Risk)
        {
            return Error.Invalid("kind", $"{riskKey} is not a risk; only risks turn into issues.");
        }

        // One transaction, with the risk's row locked, so two people converting at once cannot raise two issues.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM raid_entries WHERE id = {risk.Id} FOR UPDATE", ct);
        await db.Entry(risk).ReloadAsync(ct);
        if (!RaidRules.IsOpenRisk(risk.Status) || await db.RaidEntries.AnyAsync(e => e.SourceRiskId == risk.Id, ct))
        {
            return Error.Invalid("status", $"{riskKey} is {risk.Status.ToString().ToLowerInvariant()}; only an open risk that has not been converted yet turns into an issue.");
        }

        var links = await db.RaidEntryLinks.AsNoTracking().Where(l => l.EntryId == risk.Id).Select(l => l.WorkItemId).ToListAsync(ct);
        var draft = new RaidDraft(RaidKind.Issue, risk.Title, $"Realised risk {risk.Key}.\n\n{risk.Description}".Trim(), risk.OwnerId, RaidStatus.Open, null,
            Severity: risk.Impact switch { >= 5 => IssueSeverity.Critical, 4 => IssueSeverity.High, 3 => IssueSeverity.Medium, _ => IssueSeverity.Low },
            Resolution: string.IsNullOrWhiteSpace(risk.ContingencyPlan) ? "" : "Contingency plan: " + risk.ContingencyPlan);
        var now = time.GetUtcNow();
        var issue = await RaidEntryWrites.InsertAsync(db, project, draft, links, now, ct);
        issue.SourceRiskId = risk.Id;
        risk.Status = RaidStatus.Realised;
        risk.UpdatedAt = now;
        db.RaidHistory.Add(RaidEntryWrites.Snapshot(risk, now, project.User));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await DetailsAsync(db, project, issue.Key, ct);
    }

    private DateOnly Today => RaidEntryReads.Today(time);

    /// <summary>The entry with this key in the project (tracked), or null when the project holds none.</summary>
    internal static Task<RaidEntry?> FindAsync(TpmHubDbContext db, ProjectAccess project, string entryKey, CancellationToken ct) =>
        db.RaidEntries.FirstOrDefaultAsync(e => e.ProjectId == project.Id && e.Key == entryKey, ct);

    private async Task<Result<RaidEntryDetails>> DetailsAsync(TpmHubDbContext db, ProjectAccess project, string entryKey, CancellationToken ct)
    {
        var entry = await db.RaidEntries.AsNoTracking().FirstOrDefaultAsync(e => e.ProjectId == project.Id && e.Key == entryKey, ct);
        if (entry is null)
        {
            return AccessRefusals.NotFound("RAID entry", entryKey);
        }

        return (await RaidEntryReads.DetailsAsync(db, project.Key, [entry], Today, ct))[0];
    }

    private async Task<Error> ConflictAsync(ProjectAccess project, string entryKey, CancellationToken ct)
    {
        var current = await GetAsync(project, entryKey, ct);
        return Error.Conflict($"Someone else changed {entryKey} after you loaded it. Reload to see their changes.", current.Value);
    }
}
