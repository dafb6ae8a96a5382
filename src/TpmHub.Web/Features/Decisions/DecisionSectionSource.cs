using TpmHub.Core.Decisions;
using TpmHub.Core.Reporting;
using TpmHub.Web.Features.StatusReports;

namespace TpmHub.Web.Features.Decisions;

/// <summary>The status report's decisions: those decided within the period, and the proposals still open at its end.</summary>
public sealed class DecisionSectionSource(DecisionService decisions) : IStatusReportSectionSource
{
    public int Order => StatusReportSectionOrder.Decisions;

    public async Task<IReportSectionContent> ReadAsync(StatusReportContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var all = (await decisions.ListAsync(context.Project, null, ct)).Value ?? [];
        ReportDecision Of(DecisionRow d) => new(d.Key, d.Title, d.Status.ToString().ToLowerInvariant(), d.DecidedOn, d.Decision);
        var decided = all.Where(d => d.Status != DecisionStatus.Proposed && d.DecidedOn is { } on && on >= context.PeriodStart && on <= context.PeriodEnd)
            .OrderBy(d => d.DecidedOn).Select(Of).ToList();
        var waiting = all.Where(d => d.Status == DecisionStatus.Proposed).Select(Of).ToList();
        return new DecisionReportFacts(decided, waiting);
    }
}
