using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Reporting;
using TpmHub.Core.Risks;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.StatusReports.Sections;

/// <summary>
/// What the sponsor is asked to help with: dependencies still awaited after their needed-by date (as of the period's
/// last day), then open issues of high or critical severity, most severe first; entries raised after the period are left out.
/// </summary>
public sealed class AsksSectionSource(IDbContextFactory<TpmHubDbContext> dbFactory) : IStatusReportSectionSource
{
    public int Order => StatusReportSectionOrder.Asks;

    public async Task<IReportSectionContent> ReadAsync(StatusReportContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (projectId, end) = (context.Project.Id, context.PeriodEnd);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dependencies = await db.RaidEntries.AsNoTracking().Where(e => e.ProjectId == projectId && e.RaisedOn <= end).Where(RaidDue.DependencyOverdue(end))
            .OrderBy(e => e.NeededBy).ThenBy(e => e.Number)
            .Select(e => new { e.Key, e.Title, e.ExternalParty, e.Need, e.NeededBy }).ToListAsync(ct);
        var issues = await db.RaidEntries.AsNoTracking()
            .Where(e => e.ProjectId == projectId && e.RaisedOn <= end && e.Kind == RaidKind.Issue && (e.Severity == IssueSeverity.High || e.Severity == IssueSeverity.Critical))
            .Where(RaidRules.Active)
            .OrderByDescending(e => e.Severity).ThenBy(e => e.Number)
            .Select(e => new { e.Key, e.Title, e.Severity, e.RaisedOn, e.DueDate }).ToListAsync(ct);

        var asks = new List<ReportAsk>(dependencies.Count + issues.Count);
        foreach (var d in dependencies)
        {
            var late = end.DayNumber - d.NeededBy!.Value.DayNumber;
            var from = string.IsNullOrWhiteSpace(d.ExternalParty) ? "" : $" from {d.ExternalParty.Trim()}";
            var need = string.IsNullOrWhiteSpace(d.Need) ? "" : $" ({d.Need.Trim()})";
            asks.Add(new ReportAsk(d.Key, d.Title,
                $"needed by {ReportMarkdown.Date(d.NeededBy.Value)}{from}{need}, {PlainLanguage.Count(late, "day")} overdue: help to get it delivered."));
        }

        foreach (var i in issues)
        {
            var due = i.DueDate is { } date ? $", due {ReportMarkdown.Date(date)}" : "";
            asks.Add(new ReportAsk(i.Key, i.Title,
                $"{i.Severity!.Value.ToString().ToLowerInvariant()}-severity issue open since {ReportMarkdown.Date(i.RaisedOn)}{due}: a decision or support is needed to resolve it."));
        }

        return new AsksReportFacts(asks);
    }
}
