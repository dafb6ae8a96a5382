using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Reporting;
using TpmHub.Core.Risks;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.StatusReports.Sections;

/// <summary>
/// The open risks by score (then exposure) with their mitigations, and the period's changes from the RAID history:
/// risks raised in it, closed or realised in it, and re-scored between its first and last day.
/// </summary>
public sealed class RiskSectionSource(IDbContextFactory<TpmHubDbContext> dbFactory) : IStatusReportSectionSource
{
    public const int TopListed = 5;

    public int Order => StatusReportSectionOrder.Risks;

    public async Task<IReportSectionContent> ReadAsync(StatusReportContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (projectId, start, end) = (context.Project.Id, context.PeriodStart, context.PeriodEnd);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = db.RaidEntries.AsNoTracking().Where(e => e.ProjectId == projectId && e.RaisedOn <= end).Where(RaidRules.OpenRisk);
        var count = await open.CountAsync(ct);
        var top = await (
            from e in open.OrderByDescending(e => e.Score).ThenByDescending(RiskScore.ExposureOf).ThenBy(e => e.Number).Take(TopListed)
            join u in db.Users on e.OwnerId equals u.Id into owners
            from u in owners.DefaultIfEmpty()
            select new { e.Key, e.Title, e.Score, e.MitigationPlan, e.Number, Owner = u != null ? u.DisplayName : null })
            .ToListAsync(ct);
        // The join may reorder rows; the order is the score's, as queried.
        var risks = top.OrderByDescending(r => r.Score).ThenBy(r => r.Number)
            .Select(r => new ReportRisk(r.Key, r.Title, r.Score ?? 0, RiskScore.Band(Math.Clamp(r.Score ?? 1, 1, 25)), r.Owner, r.MitigationPlan)).ToList();
        return new RiskReportFacts(count, risks, await ChangesAsync(db, projectId, start, end, ct));
    }

    private static async Task<List<ReportRiskChange>> ChangesAsync(TpmHubDbContext db, Guid projectId, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var until = new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var entries = await db.RaidEntries.AsNoTracking().Where(e => e.ProjectId == projectId && e.Kind == RaidKind.Risk)
            .Select(e => new { e.Id, e.Key, e.Title, e.Number, e.RaisedOn }).ToListAsync(ct);
        var history = (await db.RaidHistory.AsNoTracking().Where(h => h.ProjectId == projectId && h.At < until)
                .OrderBy(h => h.At).ThenBy(h => h.Id)
                .Select(h => new { h.EntryId, h.At, h.Status, h.Probability, h.Impact }).ToListAsync(ct))
            .ToLookup(h => h.EntryId);

        var changes = new List<ReportRiskChange>();
        foreach (var e in entries.OrderBy(e => e.Number))
        {
            var states = history[e.Id].ToList();
            var before = states.LastOrDefault(h => DateOnly.FromDateTime(h.At.UtcDateTime) < start);
            var after = states.LastOrDefault();
            if (after is null)
            {
                continue;
            }

            var raised = e.RaisedOn >= start && e.RaisedOn <= end;
            var score = after.Probability * after.Impact;
            if (raised)
            {
                changes.Add(new ReportRiskChange(e.Key, e.Title, RiskChangeKind.Raised, null, score));
            }

            var wasOpen = raised || (before is not null && RaidRules.IsOpenRisk(before.Status));
            if (wasOpen && after.Status is RaidStatus.Closed or RaidStatus.Realised)
            {
                changes.Add(new ReportRiskChange(e.Key, e.Title, after.Status == RaidStatus.Closed ? RiskChangeKind.Closed : RiskChangeKind.Realised, null, null));
                continue;
            }

            var was = before?.Probability * before?.Impact;
            if (!raised && was is { } from && score is { } to && from != to)
            {
                changes.Add(new ReportRiskChange(e.Key, e.Title, to > from ? RiskChangeKind.ScoreUp : RiskChangeKind.ScoreDown, from, to));
            }
        }

        return changes.OrderBy(c => c.Kind).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
    }
}
