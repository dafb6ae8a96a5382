using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Risks;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Risks.HeatMap;

/// <summary>The 5×5 heat map of open risks: a project's here, and <see cref="CountAsync"/> for any set of entries (the portfolio's).</summary>
public sealed class RiskHeatmapService(IDbContextFactory<TpmHubDbContext> dbFactory)
{
    public async Task<RiskHeatmap> HeatmapAsync(ProjectAccess project, bool residual, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await CountAsync(db.RaidEntries.AsNoTracking().Where(e => e.ProjectId == project.Id), residual, ct);
    }

    /// <summary>One aggregate query: the open risks of <paramref name="entries"/> per cell, all 25 cells (zeros included).</summary>
    public static async Task<RiskHeatmap> CountAsync(IQueryable<RaidEntry> entries, bool residual, CancellationToken ct)
    {
        var open = RaidEntryReads.OpenRisks(entries);
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
}
