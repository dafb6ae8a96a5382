using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Risks;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Projects;

namespace TpmHub.Web.Features.Risks;

/// <summary>
/// A project's RAID log. Every create or update that changes a risk's probability, impact, residual rating,
/// cost impact or status appends a history snapshot, from which each risk's history and the project's
/// weekly exposure trend are drawn.
/// </summary>
public sealed class RaidService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<Result<PagedResult<RaidEntryDetails>>> ListAsync(CurrentUser user, string projectKey, RaidQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await ProjectService.ResolveAsync(db, user, projectKey, write: false, ct);
        if (!project.IsSuccess)
        {
            return project.Error!;
        }

        var entries = Filter(db.RaidEntries.AsNoTracking().Where(e => e.ProjectId == project.Value!.Id), query);
        var total = await entries.CountAsync(ct);
        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(query.Page, 1);
        var rows = await Sort(entries, query.Sort, query.Descending).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedResult<RaidEntryDetails>(await DetailsAsync(db, projectKey, rows, ct), total);
    }

    public async Task<Result<RaidEntryDetails>> GetAsync(CurrentUser user, string entryKey, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await FindAsync(db, user, entryKey, write: false, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        return (await DetailsAsync(db, found.Value.Project.Key, [found.Value.Entry], ct))[0];
    }

    public async Task<Result<RaidEntryDetails>> CreateAsync(CurrentUser user, string projectKey, RaidDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var resolved = await ProjectService.ResolveAsync(db, user, projectKey, write: true, ct);
        if (!resolved.IsSuccess)
        {
            return resolved.Error!;
        }

        var project = resolved.Value!;
        var today = Today;
        var errors = RaidRules.Validate(draft, today);
        await CheckOwnerAsync(db, project, draft.OwnerId, errors, ct);
        var links = await ResolveWorkItemsAsync(db, project, draft.WorkItemKeys, errors, ct);
        if (errors.Any)
        {
            return errors.ToError();
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var entry = await InsertAsync(db, project, draft, links, user, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetAsync(user, entry.Key, ct);
    }

    /// <summary>Takes the next number (inside the caller's transaction) and adds the entry, its links and its first snapshot.</summary>
    private async Task<RaidEntry> InsertAsync(TpmHubDbContext db, ProjectAccess project, RaidDraft draft, IEnumerable<Guid> links, CurrentUser user,
        CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO raid_sequences (project_id, next_number) VALUES ({project.Id}, 1) ON CONFLICT (project_id) DO NOTHING", ct);
        var number = (await db.Database
            .SqlQuery<int>($"UPDATE raid_sequences SET next_number = next_number + 1 WHERE project_id = {project.Id} RETURNING next_number - 1 AS \"Value\"")
            .ToListAsync(ct)).Single();
        var entry = new RaidEntry
        {
            Id = Guid.CreateVersion7(),
            ProjectId = project.Id,
            Number = number,
            Key = $"{project.Key}-R{number}",
            RaisedOn = Today,
            CreatedAt = now,
        };
        Apply(entry, draft, now);
        db.RaidEntries.Add(entry);
        db.RaidEntryLinks.AddRange(links.Select(id => new RaidEntryLink { EntryId = entry.Id, WorkItemId = id }));
        db.RaidHistory.Add(Snapshot(entry, now, user));
        return entry;
    }

    public async Task<Result<RaidEntryDetails>> UpdateAsync(CurrentUser user, string entryKey, RaidDraft draft, uint version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await FindAsync(db, user, entryKey, write: true, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (project, entry) = found.Value;
        var errors = RaidRules.Validate(draft, entry.RaisedOn);
        if (draft.Kind != entry.Kind)
        {
            errors.Add("kind", "An entry's kind cannot change; convert a realised risk to an issue instead.");
        }

        await CheckOwnerAsync(db, project, draft.OwnerId, errors, ct);
        var links = await ResolveWorkItemsAsync(db, project, draft.WorkItemKeys, errors, ct);
        if (errors.Any)
        {
            return errors.ToError();
        }

        if (entry.Version != version)
        {
            return await ConflictAsync(user, entryKey, ct);
        }

        var now = time.GetUtcNow();
        var before = Assessment(entry);
        db.Entry(entry).Property(e => e.Version).OriginalValue = version;
        Apply(entry, draft, now);
        if (Assessment(entry) != before)
        {
            db.RaidHistory.Add(Snapshot(entry, now, user));
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
            return await ConflictAsync(user, entryKey, ct);
        }

        return await GetAsync(user, entryKey, ct);
    }

    public async Task<Result<bool>> DeleteAsync(CurrentUser user, string entryKey, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await FindAsync(db, user, entryKey, write: true, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        db.RaidEntries.Remove(found.Value.Entry);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// A risk that happened becomes an issue in one step: a new issue (same owner, links and title, severity from the
    /// impact) pointing back at the risk, and the risk marked realised. The two stay linked.
    /// </summary>
    public async Task<Result<RaidEntryDetails>> ConvertToIssueAsync(CurrentUser user, string riskKey, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await FindAsync(db, user, riskKey, write: true, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (project, risk) = found.Value;
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
        var issue = await InsertAsync(db, project, draft, links, user, ct);
        issue.SourceRiskId = risk.Id;
        var now = time.GetUtcNow();
        risk.Status = RaidStatus.Realised;
        risk.UpdatedAt = now;
        db.RaidHistory.Add(Snapshot(risk, now, user));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetAsync(user, issue.Key, ct);
    }

    public async Task<Result<IReadOnlyList<RaidHistoryRow>>> HistoryAsync(CurrentUser user, string entryKey, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await FindAsync(db, user, entryKey, write: false, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        return await db.RaidHistory.AsNoTracking().Where(h => h.EntryId == found.Value.Entry.Id).OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new RaidHistoryRow(h.At, h.Status, h.Probability, h.Impact, h.Probability * h.Impact, h.ResidualProbability,
                h.ResidualImpact, h.CostImpact, h.ChangedBy))
            .ToListAsync(ct);
    }

    public async Task<Result<RiskHeatmap>> HeatmapAsync(CurrentUser user, string projectKey, bool residual, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await ProjectService.ResolveAsync(db, user, projectKey, write: false, ct);
        if (!project.IsSuccess)
        {
            return project.Error!;
        }

        return await HeatmapOfAsync(db.RaidEntries.Where(e => e.ProjectId == project.Value!.Id), residual, ct);
    }

    /// <summary>One aggregate query over the open risks of every project the user may see.</summary>
    public async Task<RiskHeatmap> PortfolioHeatmapAsync(CurrentUser user, bool residual, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await HeatmapOfAsync(VisibleEntries(db, user), residual, ct);
    }

    public async Task<IReadOnlyList<TopRiskRow>> TopRisksAsync(CurrentUser user, int take = 10, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = Today;
        var rows = await (
            from e in OpenRisks(VisibleEntries(db, user))
            join p in db.Projects on e.ProjectId equals p.Id
            join u in db.Users on e.OwnerId equals u.Id into uj
            from u in uj.DefaultIfEmpty()
            orderby e.Score descending, e.CostImpact descending, e.Key
            select new { e.Key, ProjectKey = p.Key, e.Title, e.Probability, e.Impact, e.CostImpact, p.Currency, Owner = u == null ? null : u.DisplayName, e.ReviewDate })
            .Take(Math.Clamp(take, 1, 100)).ToListAsync(ct);
        return rows.Select(r => new TopRiskRow(r.Key, r.ProjectKey, r.Title, r.Probability!.Value * r.Impact!.Value,
            RiskScore.Band(r.Probability.Value * r.Impact.Value), RiskScore.Exposure(r.Probability.Value, r.CostImpact), r.Currency, r.Owner,
            r.ReviewDate, r.ReviewDate < today)).ToList();
    }

    /// <summary>Projects with risks past their review date or external dependencies past their needed-by date.</summary>
    public async Task<IReadOnlyList<RaidOverdueRow>> OverdueAsync(CurrentUser user, string? projectKey = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = Today;
        var entries = VisibleEntries(db, user);
        if (projectKey is not null)
        {
            entries = entries.Where(e => db.Projects.Any(p => p.Id == e.ProjectId && p.Key == projectKey));
        }

        return await (
            from e in entries
            where (e.Kind == RaidKind.Risk && (e.Status == RaidStatus.Open || e.Status == RaidStatus.Mitigating) && e.ReviewDate < today)
                  || (e.Kind == RaidKind.Dependency && (e.Status == RaidStatus.Open || e.Status == RaidStatus.Committed) && e.NeededBy < today)
            join p in db.Projects on e.ProjectId equals p.Id
            group e by p.Key into g
            orderby g.Key
            select new RaidOverdueRow(g.Key, g.Count(e => e.Kind == RaidKind.Risk), g.Count(e => e.Kind == RaidKind.Dependency)))
            .ToListAsync(ct);
    }

    /// <summary>The weekly trend (total score and money exposure of open risks) from the project start, or its first risk, to this week.</summary>
    public async Task<Result<IReadOnlyList<RiskTrendPoint>>> TrendAsync(CurrentUser user, string projectKey, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await ProjectService.ResolveAsync(db, user, projectKey, write: false, ct);
        if (!project.IsSuccess)
        {
            return project.Error!;
        }

        var rows = await (
            from h in db.RaidHistory.AsNoTracking()
            where h.ProjectId == project.Value!.Id
            join e in db.RaidEntries on h.EntryId equals e.Id
            where e.Kind == RaidKind.Risk
            orderby h.At, h.Id
            select new { h.EntryId, h.At, h.Status, h.Probability, h.Impact, h.CostImpact }).ToListAsync(ct);
        var snapshots = rows.Select(r => new RiskSnapshot(r.EntryId, DateOnly.FromDateTime(r.At.UtcDateTime), r.Status, r.Probability, r.Impact, r.CostImpact)).ToList();
        var today = Today;
        var from = snapshots.Count > 0 && snapshots[0].Date < project.Value!.StartDate ? snapshots[0].Date : project.Value!.StartDate;
        if (from > today)
        {
            from = snapshots.Count > 0 ? snapshots[0].Date : today;
        }

        var to = snapshots.Count > 0 && snapshots[^1].Date > today ? snapshots[^1].Date : today;
        return RiskTrend.Weekly(snapshots, from, to).ToList();
    }

    /// <summary>Adds the chosen templates as open risks owned by the caller; returns the new entries.</summary>
    public async Task<Result<IReadOnlyList<RaidEntryDetails>>> AddTemplatesAsync(CurrentUser user, string projectKey, IReadOnlyList<string> templateIds,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(templateIds);
        var templates = templateIds.Distinct().Select(id => (id, RiskTemplates.Find(id))).ToList();
        var unknown = templates.Where(t => t.Item2 is null).Select(t => t.id).ToList();
        if (unknown.Count > 0)
        {
            return Error.Invalid("templateIds", "Unknown templates: " + string.Join(", ", unknown) + ".");
        }

        if (templates.Count == 0)
        {
            return Error.Invalid("templateIds", "Choose at least one template.");
        }

        var added = new List<RaidEntryDetails>();
        foreach (var (_, t) in templates)
        {
            var review = Today.AddDays(14);
            // The lead who adds them owns them; an admin (often not a member) leaves the owner open.
            var result = await CreateAsync(user, projectKey, new RaidDraft(RaidKind.Risk, t!.Title, "", user.IsAdmin ? null : user.UserId, RaidStatus.Open, null,
                t.Category, t.Probability, t.Impact, t.Response, t.MitigationPlan, t.ContingencyPlan, t.Trigger, ReviewDate: review), ct);
            if (!result.IsSuccess)
            {
                return result.Error!;
            }

            added.Add(result.Value!);
        }

        return added;
    }

    /// <summary>The log as CSV (every entry the filters select, in one read); cells starting with = + - @ are escaped so a spreadsheet never runs them.</summary>
    public async Task<Result<string>> ExportCsvAsync(CurrentUser user, string projectKey, RaidQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var project = await ProjectService.ResolveAsync(db, user, projectKey, write: false, ct);
        if (!project.IsSuccess)
        {
            return project.Error!;
        }

        var entries = await Sort(Filter(db.RaidEntries.AsNoTracking().Where(e => e.ProjectId == project.Value!.Id), query), query.Sort, query.Descending)
            .ToListAsync(ct);
        return RaidCsv.Write(await DetailsAsync(db, projectKey, entries, ct));
    }

    public static string? ProjectKeyOf(string? entryKey)
    {
        if (string.IsNullOrEmpty(entryKey))
        {
            return null;
        }

        var at = entryKey.LastIndexOf("-R", StringComparison.Ordinal);
        return at > 0 && int.TryParse(entryKey.AsSpan(at + 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? entryKey[..at] : null;
    }

    internal static (int Low, int High) ScoreRange(RiskBand band) => band switch
    {
        RiskBand.Low => (1, 4),
        RiskBand.Medium => (5, 9),
        RiskBand.High => (10, 16),
        _ => (20, 25),
    };

    private static IQueryable<RaidEntry> VisibleEntries(TpmHubDbContext db, CurrentUser user) =>
        user.IsAdmin ? db.RaidEntries.AsNoTracking()
            : db.RaidEntries.AsNoTracking().Where(e => db.ProjectMembers.Any(m => m.ProjectId == e.ProjectId && m.UserId == user.UserId));

    private static IQueryable<RaidEntry> OpenRisks(IQueryable<RaidEntry> entries) =>
        entries.Where(e => e.Kind == RaidKind.Risk && (e.Status == RaidStatus.Open || e.Status == RaidStatus.Mitigating) && e.Probability != null && e.Impact != null);

    private static async Task<RiskHeatmap> HeatmapOfAsync(IQueryable<RaidEntry> entries, bool residual, CancellationToken ct)
    {
        var open = OpenRisks(entries);
        var counts = residual
            ? await open.GroupBy(e => new { P = e.ResidualProbability ?? e.Probability!.Value, I = e.ResidualImpact ?? e.Impact!.Value })
                .Select(g => new { g.Key.P, g.Key.I, Count = g.Count() }).ToListAsync(ct)
            : await open.GroupBy(e => new { P = e.Probability!.Value, I = e.Impact!.Value })
                .Select(g => new { g.Key.P, g.Key.I, Count = g.Count() }).ToListAsync(ct);
        var cells = new List<RiskHeatmapCell>(25);
        for (var p = 1; p <= 5; p++)
        {
            for (var i = 1; i <= 5; i++)
            {
                cells.Add(new RiskHeatmapCell(p, i, counts.Where(c => c.P == p && c.I == i).Sum(c => c.Count)));
            }
        }

        return new RiskHeatmap(cells, residual);
    }

    private static IQueryable<RaidEntry> Filter(IQueryable<RaidEntry> entries, RaidQuery query)
    {
        if (query.Kind is { } kind)
        {
            entries = entries.Where(e => e.Kind == kind);
        }

        if (query.Status is { } status)
        {
            entries = entries.Where(e => e.Status == status);
        }

        if (query.OpenOnly)
        {
            entries = entries.Where(e => e.Status == RaidStatus.Open || e.Status == RaidStatus.Mitigating || e.Status == RaidStatus.InProgress
                                         || e.Status == RaidStatus.Committed);
        }

        if (query.Band is { } band)
        {
            var (low, high) = ScoreRange(band);
            entries = query.Residual
                ? entries.Where(e => (e.ResidualScore ?? e.Score) >= low && (e.ResidualScore ?? e.Score) <= high)
                : entries.Where(e => e.Score >= low && e.Score <= high);
        }

        if (!string.IsNullOrEmpty(query.OwnerId))
        {
            entries = entries.Where(e => e.OwnerId == query.OwnerId);
        }

        if (query.Category is { } category)
        {
            entries = entries.Where(e => e.Category == category);
        }

        if (query.Probability is { } p && query.Impact is { } i)
        {
            entries = query.Residual
                ? entries.Where(e => e.Kind == RaidKind.Risk && (e.ResidualProbability ?? e.Probability) == p && (e.ResidualImpact ?? e.Impact) == i
                                     && (e.Status == RaidStatus.Open || e.Status == RaidStatus.Mitigating))
                : entries.Where(e => e.Kind == RaidKind.Risk && e.Probability == p && e.Impact == i
                                     && (e.Status == RaidStatus.Open || e.Status == RaidStatus.Mitigating));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = RequestParsing.ContainsPattern(query.Search);
            entries = entries.Where(e => EF.Functions.ILike(e.Title, pattern) || EF.Functions.ILike(e.Key, pattern));
        }

        return entries;
    }

    private static IQueryable<RaidEntry> Sort(IQueryable<RaidEntry> entries, string? sort, bool desc) =>
        (sort?.ToLowerInvariant(), desc) switch
        {
            ("score", false) => entries.OrderBy(e => e.Score).ThenBy(e => e.Number),
            ("score", true) => entries.OrderByDescending(e => e.Score ?? 0).ThenBy(e => e.Number),
            ("title", false) => entries.OrderBy(e => e.Title).ThenBy(e => e.Number),
            ("title", true) => entries.OrderByDescending(e => e.Title).ThenBy(e => e.Number),
            ("kind", false) => entries.OrderBy(e => e.Kind).ThenBy(e => e.Number),
            ("kind", true) => entries.OrderByDescending(e => e.Kind).ThenBy(e => e.Number),
            ("status", false) => entries.OrderBy(e => e.Status).ThenBy(e => e.Number),
            ("status", true) => entries.OrderByDescending(e => e.Status).ThenBy(e => e.Number),
            ("category", false) => entries.OrderBy(e => e.Category).ThenBy(e => e.Number),
            ("category", true) => entries.OrderByDescending(e => e.Category).ThenBy(e => e.Number),
            ("review", false) => entries.OrderBy(e => e.ReviewDate).ThenBy(e => e.Number),
            ("review", true) => entries.OrderByDescending(e => e.ReviewDate).ThenBy(e => e.Number),
            ("exposure", false) => entries.OrderBy(e => (e.CostImpact ?? 0) * ProbabilityPercent(e.Probability)).ThenBy(e => e.Number),
            ("exposure", true) => entries.OrderByDescending(e => (e.CostImpact ?? 0) * ProbabilityPercent(e.Probability)).ThenBy(e => e.Number),
            (_, true) => entries.OrderByDescending(e => e.Number),
            _ => entries.OrderBy(e => e.Number),
        };

    /// <summary>DESIGN.md's probability percentages as an expression EF translates to a SQL CASE (for sorting by exposure).</summary>
    private static decimal ProbabilityPercent(int? p) => p == 1 ? 0.10m : p == 2 ? 0.30m : p == 3 ? 0.50m : p == 4 ? 0.70m : p == 5 ? 0.90m : 0m;

    private async Task<List<RaidEntryDetails>> DetailsAsync(TpmHubDbContext db, string projectKey, IReadOnlyList<RaidEntry> entries, CancellationToken ct)
    {
        var ids = entries.Select(e => e.Id).ToList();
        var ownerIds = entries.Where(e => e.OwnerId != null).Select(e => e.OwnerId!).Distinct().ToList();
        var owners = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var links = (await (from l in db.RaidEntryLinks.AsNoTracking()
                            where ids.Contains(l.EntryId)
                            join w in db.WorkItems on l.WorkItemId equals w.Id
                            orderby w.Number
                            select new { l.EntryId, w.Key }).ToListAsync(ct))
            .ToLookup(l => l.EntryId, l => l.Key);
        var sourceIds = entries.Where(e => e.SourceRiskId != null).Select(e => e.SourceRiskId!.Value).ToList();
        var sources = await db.RaidEntries.AsNoTracking().Where(e => sourceIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Key, ct);
        var raised = (await db.RaidEntries.AsNoTracking().Where(e => e.SourceRiskId != null && ids.Contains(e.SourceRiskId.Value))
            .Select(e => new { e.SourceRiskId, e.Key }).ToListAsync(ct)).ToDictionary(e => e.SourceRiskId!.Value, e => e.Key);
        var today = Today;
        return entries.Select(e => new RaidEntryDetails(
            e.Key, projectKey, e.Kind, e.Title, e.Description, e.OwnerId, e.OwnerId is null ? null : owners.GetValueOrDefault(e.OwnerId), e.Status,
            e.RaisedOn, e.DueDate, e.Category, e.Probability, e.Impact, e.Score, e.Score is { } s ? RiskScore.Band(s) : null, e.Response,
            e.MitigationPlan, e.ContingencyPlan, e.Trigger, e.CostImpact,
            e.Kind == RaidKind.Risk && e.Probability is { } p ? RiskScore.Exposure(p, e.CostImpact) : null,
            e.ScheduleImpactDays, e.ResidualProbability, e.ResidualImpact, e.ResidualScore, e.ResidualScore is { } rs ? RiskScore.Band(rs) : null,
            e.ReviewDate, e.Kind == RaidKind.Risk && RaidRules.IsOpenRisk(e.Status) && e.ReviewDate < today,
            e.ValidationMethod, e.ValidateBy, e.Severity, e.Resolution, e.ResolvedOn,
            e.SourceRiskId is { } src ? sources.GetValueOrDefault(src) : null, raised.GetValueOrDefault(e.Id),
            e.ExternalParty, e.Need, e.NeededBy,
            e.Kind == RaidKind.Dependency && e.Status is RaidStatus.Open or RaidStatus.Committed && e.NeededBy < today,
            links[e.Id].ToList(), e.Version)).ToList();
    }

    private static void Apply(RaidEntry entry, RaidDraft draft, DateTimeOffset now)
    {
        entry.Kind = draft.Kind!.Value;
        entry.Title = draft.Title!.Trim();
        entry.Description = draft.Description ?? "";
        entry.OwnerId = string.IsNullOrEmpty(draft.OwnerId) ? null : draft.OwnerId;
        entry.Status = draft.Status ?? RaidRules.StatusesFor(entry.Kind)[0];
        entry.DueDate = draft.DueDate;
        var risk = entry.Kind == RaidKind.Risk;
        entry.Category = risk ? draft.Category : null;
        entry.Probability = risk ? draft.Probability : null;
        entry.Impact = risk ? draft.Impact : null;
        entry.Score = risk ? draft.Probability * draft.Impact : null;
        entry.Response = risk ? draft.Response : null;
        entry.MitigationPlan = draft.MitigationPlan ?? "";
        entry.ContingencyPlan = draft.ContingencyPlan ?? "";
        entry.Trigger = draft.Trigger ?? "";
        entry.CostImpact = risk ? draft.CostImpact : null;
        entry.ScheduleImpactDays = risk ? draft.ScheduleImpactDays : null;
        entry.ResidualProbability = risk ? draft.ResidualProbability : null;
        entry.ResidualImpact = risk ? draft.ResidualImpact : null;
        entry.ResidualScore = risk ? draft.ResidualProbability * draft.ResidualImpact : null;
        entry.ReviewDate = risk ? draft.ReviewDate : null;
        entry.ValidationMethod = draft.ValidationMethod ?? "";
        entry.ValidateBy = draft.ValidateBy;
        entry.Severity = entry.Kind == RaidKind.Issue ? draft.Severity : null;
        entry.Resolution = draft.Resolution ?? "";
        entry.ResolvedOn = draft.ResolvedOn;
        entry.ExternalParty = draft.ExternalParty ?? "";
        entry.Need = draft.Need ?? "";
        entry.NeededBy = draft.NeededBy;
        entry.UpdatedAt = now;
    }

    private static (RaidStatus, int?, int?, int?, int?, decimal?) Assessment(RaidEntry e) =>
        (e.Status, e.Probability, e.Impact, e.ResidualProbability, e.ResidualImpact, e.CostImpact);

    private static RaidHistory Snapshot(RaidEntry e, DateTimeOffset at, CurrentUser user) => new()
    {
        EntryId = e.Id,
        ProjectId = e.ProjectId,
        At = at,
        Status = e.Status,
        Probability = e.Probability,
        Impact = e.Impact,
        ResidualProbability = e.ResidualProbability,
        ResidualImpact = e.ResidualImpact,
        CostImpact = e.CostImpact,
        ChangedBy = user.UserName,
    };

    private static async Task CheckOwnerAsync(TpmHubDbContext db, ProjectAccess project, string? ownerId, ValidationErrors errors, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(ownerId) && !await db.ProjectMembers.AnyAsync(m => m.ProjectId == project.Id && m.UserId == ownerId, ct))
        {
            errors.Add("ownerId", "The owner must be a member of the project.");
        }
    }

    private static async Task<List<Guid>> ResolveWorkItemsAsync(TpmHubDbContext db, ProjectAccess project, IReadOnlyList<string>? keys,
        ValidationErrors errors, CancellationToken ct)
    {
        if (keys is null || keys.Count == 0)
        {
            return [];
        }

        var wanted = keys.Distinct().ToList();
        var found = await db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id && wanted.Contains(w.Key))
            .Select(w => new { w.Id, w.Key }).ToListAsync(ct);
        foreach (var missing in wanted.Except(found.Select(f => f.Key)))
        {
            errors.Add("workItemKeys", $"No work item {missing} in project {project.Key}.");
        }

        return found.Select(f => f.Id).ToList();
    }

    private static async Task<Result<(ProjectAccess Project, RaidEntry Entry)>> FindAsync(TpmHubDbContext db, CurrentUser user, string entryKey, bool write,
        CancellationToken ct)
    {
        var projectKey = ProjectKeyOf(entryKey);
        if (projectKey is null)
        {
            return NotFound(entryKey);
        }

        var project = await ProjectService.ResolveAsync(db, user, projectKey, write: false, ct);
        if (!project.IsSuccess)
        {
            return NotFound(entryKey);
        }

        var entry = await db.RaidEntries.FirstOrDefaultAsync(e => e.ProjectId == project.Value!.Id && e.Key == entryKey, ct);
        if (entry is null)
        {
            return NotFound(entryKey);
        }

        if (write && !project.Value!.CanWrite)
        {
            return Error.Forbidden("Stakeholders have read-only access.");
        }

        return (project.Value!, entry);
    }

    private async Task<Error> ConflictAsync(CurrentUser user, string entryKey, CancellationToken ct)
    {
        var current = await GetAsync(user, entryKey, ct);
        return Error.Conflict($"Someone else changed {entryKey} after you loaded it. Reload to see their changes.", current.Value);
    }

    private static Error NotFound(string key) => Error.NotFound($"RAID entry {key}");
}
