using TpmHub.Core.Reporting;
using TpmHub.Web.Features.Health;

namespace TpmHub.Web.Features.StatusReports;

/// <summary>
/// Builds a report's content from the project's data: the health read once, every registered section in order, and the
/// executive summary from the sections' headlines. Writes nothing; <see cref="StatusReportService"/> stores the result.
/// </summary>
public sealed class StatusReportGenerator(ProjectHealthService health, IEnumerable<IStatusReportSectionSource> sources)
{
    public sealed record Generated(StatusReportContext Context, IReadOnlyList<StatusReportSection> Sections, string Narrative);

    public async Task<Generated> GenerateAsync(Access.ProjectAccess project, DateOnly periodStart, DateOnly periodEnd, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var context = new StatusReportContext(project, periodStart, periodEnd, await health.ForProjectAsync(project, ct));
        var contents = new List<IReportSectionContent>();
        foreach (var source in sources.OrderBy(s => s.Order))
        {
            // One after the other: each source opens its own context, and the circuit or request is one caller.
            contents.Add(await source.ReadAsync(context, ct));
        }

        return new Generated(context, contents.Select(c => c.ToSection()).ToList(), StatusReportSummary.Write(contents));
    }
}
