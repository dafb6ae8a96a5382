using TpmHub.Core.Reporting;

namespace TpmHub.Web.Features.StatusReports.Sections;

/// <summary>Health and its reasons, from the reading <see cref="StatusReportGenerator"/> took once for the report.</summary>
public sealed class HealthSectionSource : IStatusReportSectionSource
{
    public int Order => StatusReportSectionOrder.Health;

    public Task<IReportSectionContent> ReadAsync(StatusReportContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var h = context.Health;
        return Task.FromResult<IReportSectionContent>(new HealthReportFacts(h.Effective, h.Reason, h.Computed.Rating, h.Computed.Reasons, h.Override));
    }
}
