using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Risks;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Risks.Assessments;
using TpmHub.Web.Features.Risks.HeatMap;

namespace TpmHub.Web.Features.Portfolio;

/// <summary>Risks across every project the user may see: the heat map, the top risks and what is overdue, each one query.</summary>
public sealed class PortfolioRiskService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    public async Task<RiskHeatmap> HeatmapAsync(CurrentUser user, bool residual, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await RiskHeatmapService.CountAsync(VisibleEntries(db, user), residual, ct);
    }

    /// <summary>The open risks with the highest score (then cost impact), at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<TopRiskRow>> TopRisksAsync(CurrentUser user, int take = 10, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = Today;
        var rows = await (
            from e in VisibleEntries(db, user).Where(RaidRules.OpenRisk).Where(e => e.Probability != null && e.Impact != null)
            join p in db.Projects on e.ProjectId equals p.Id
            join u in db.Users on e.OwnerId equals u.Id into uj
            from u in uj.DefaultIfEmpty()
            orderby e.Score descending, e.CostImpact descending, e.Key
            select new { e.Key, ProjectKey = p.Key, e.Title, e.Probability, e.Impact, e.Status, e.CostImpact, p.Currency, Owner = u == null ? null : u.DisplayName, e.ReviewDate })
            .Take(Math.Clamp(take, 1, 100)).ToListAsync(ct);
        return rows.Select(r => new TopRiskRow(r.Key, r.ProjectKey, r.Title, r.Probability!.Value * r.Impact!.Value,
            RiskScore.Band(r.Probability.Value * r.Impact.Value), RiskScore.Exposure(r.Probability.Value, r.CostImpact), r.Currency, r.Owner,
            r.ReviewDate, RaidDue.IsReviewOverdue(RaidKind.Risk, r.Status, r.ReviewDate, today))).ToList();
    }

    /// <summary>Projects with risks past their review date or external dependencies past their needed-by date.</summary>
    public async Task<IReadOnlyList<RaidOverdueRow>> OverdueAsync(CurrentUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await RaidAssessmentService.OverdueRows(db, VisibleEntries(db, user), Today).ToListAsync(ct);
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static IQueryable<RaidEntry> VisibleEntries(TpmHubDbContext db, CurrentUser user)
    {
        var visible = ProjectGate.VisibleIds(db, user);
        return db.RaidEntries.AsNoTracking().Where(e => visible.Contains(e.ProjectId));
    }
}
