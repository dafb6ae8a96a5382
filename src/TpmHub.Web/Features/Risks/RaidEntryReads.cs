using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Risks;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.Risks;

/// <summary>Builds the read model of RAID entries (owner names, links, the risk/issue pair, derived score, band, exposure and overdue flags) for every use case.</summary>
internal static class RaidEntryReads
{
    /// <summary>The entries of one project as details, in the order given; a few batched reads, whatever the number of entries.</summary>
    public static async Task<List<RaidEntryDetails>> DetailsAsync(TpmHubDbContext db, string projectKey, IReadOnlyList<RaidEntry> entries, DateOnly today,
        CancellationToken ct)
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
        return entries.Select(e => new RaidEntryDetails(
            e.Key, projectKey, e.Kind, e.Title, e.Description, e.OwnerId, e.OwnerId is null ? null : owners.GetValueOrDefault(e.OwnerId), e.Status,
            e.RaisedOn, e.DueDate, e.Category, e.Probability, e.Impact, e.Score, e.Score is { } s ? RiskScore.Band(s) : null, e.Response,
            e.MitigationPlan, e.ContingencyPlan, e.Trigger, e.CostImpact,
            e.Kind == RaidKind.Risk && e.Probability is { } p ? RiskScore.Exposure(p, e.CostImpact) : null,
            e.ScheduleImpactDays, e.ResidualProbability, e.ResidualImpact, e.ResidualScore, e.ResidualScore is { } rs ? RiskScore.Band(rs) : null,
            e.ReviewDate, RaidDue.IsReviewOverdue(e.Kind, e.Status, e.ReviewDate, today),
            e.ValidationMethod, e.ValidateBy, e.Severity, e.Resolution, e.ResolvedOn,
            e.SourceRiskId is { } src ? sources.GetValueOrDefault(src) : null, raised.GetValueOrDefault(e.Id),
            e.ExternalParty, e.Need, e.NeededBy,
            RaidDue.IsDependencyOverdue(e.Kind, e.Status, e.NeededBy, today),
            links[e.Id].ToList(), e.Version)).ToList();
    }

    /// <summary>The open risks with both ratings (what the heat maps, the trend and the top-risk list count).</summary>
    public static IQueryable<RaidEntry> OpenRisks(IQueryable<RaidEntry> entries) =>
        entries.Where(RaidRules.OpenRisk).Where(e => e.Probability != null && e.Impact != null);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
