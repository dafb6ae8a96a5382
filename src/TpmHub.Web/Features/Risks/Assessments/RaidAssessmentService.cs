using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Risks;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Risks.Assessments;

/// <summary>How a project's risks were assessed over time: each entry's history, the weekly exposure trend, and what is overdue.</summary>
public sealed class RaidAssessmentService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Every recorded assessment of the entry, oldest first; not found when the project holds no such entry.</summary>
    public async Task<Result<IReadOnlyList<RaidHistoryRow>>> HistoryAsync(ProjectAccess project, string entryKey, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entryId = await db.RaidEntries.Where(e => e.ProjectId == project.Id && e.Key == entryKey).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
        if (entryId is null)
        {
            return AccessRefusals.NotFound("RAID entry", entryKey);
        }

        return await db.RaidHistory.AsNoTracking().Where(h => h.EntryId == entryId).OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new RaidHistoryRow(h.At, h.Status, h.Probability, h.Impact, h.Probability * h.Impact, h.ResidualProbability,
                h.ResidualImpact, h.CostImpact, h.ChangedBy))
            .ToListAsync(ct);
    }

    /// <summary>The weekly trend (total score and money exposure of open risks) from the project start, or its first risk, to this week.</summary>
    public async Task<IReadOnlyList<RiskTrendPoint>> TrendAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await (
            from h in db.RaidHistory.AsNoTracking()
            where h.ProjectId == project.Id
            join e in db.RaidEntries on h.EntryId equals e.Id
            where e.Kind == RaidKind.Risk
            orderby h.At, h.Id
            select new { h.EntryId, h.At, h.Status, h.Probability, h.Impact, h.CostImpact }).ToListAsync(ct);
        var snapshots = rows.Select(r => new RiskSnapshot(r.EntryId, DateOnly.FromDateTime(r.At.UtcDateTime), r.Status, r.Probability, r.Impact, r.CostImpact)).ToList();
        var today = RaidEntryReads.Today(time);
        var from = snapshots.Count > 0 && snapshots[0].Date < project.StartDate ? snapshots[0].Date : project.StartDate;
        if (from > today)
        {
            from = snapshots.Count > 0 ? snapshots[0].Date : today;
        }

        var to = snapshots.Count > 0 && snapshots[^1].Date > today ? snapshots[^1].Date : today;
        return RiskTrend.Weekly(snapshots, from, to).ToList();
    }

    /// <summary>The project's risks past their review date and dependencies past their needed-by date; null when nothing is overdue.</summary>
    public async Task<RaidOverdueRow?> OverdueAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await OverdueRows(db, db.RaidEntries.AsNoTracking().Where(e => e.ProjectId == project.Id), RaidEntryReads.Today(time)).FirstOrDefaultAsync(ct);
    }

    /// <summary>Per project (by key) of <paramref name="entries"/>: how many risk reviews and dependencies are overdue; projects with none are left out.</summary>
    public static IQueryable<RaidOverdueRow> OverdueRows(TpmHubDbContext db, IQueryable<RaidEntry> entries, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from e in entries.Where(RaidDue.Overdue(today))
               join p in db.Projects on e.ProjectId equals p.Id
               group e by p.Key into g
               orderby g.Key
               select new RaidOverdueRow(g.Key, g.Count(e => e.Kind == RaidKind.Risk), g.Count(e => e.Kind == RaidKind.Dependency));
    }
}
