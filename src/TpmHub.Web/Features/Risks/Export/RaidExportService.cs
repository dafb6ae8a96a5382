using Microsoft.EntityFrameworkCore;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Risks.Register;

namespace TpmHub.Web.Features.Risks.Export;

/// <summary>The register as a file.</summary>
public sealed class RaidExportService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The log as CSV (every entry the filters select, in one read); cells starting with = + - @ are escaped so a spreadsheet never runs them.</summary>
    public async Task<string> CsvAsync(ProjectAccess project, RaidQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = await RaidQueryFilter.Sort(RaidQueryFilter.Filter(db.RaidEntries.AsNoTracking().Where(e => e.ProjectId == project.Id), query),
            query.Sort, query.Descending).ToListAsync(ct);
        return RaidCsv.Write(await RaidEntryReads.DetailsAsync(db, project.Key, entries, RaidEntryReads.Today(time), ct));
    }
}
