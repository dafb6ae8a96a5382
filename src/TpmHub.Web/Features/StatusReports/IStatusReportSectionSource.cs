using TpmHub.Core.Reporting;

namespace TpmHub.Web.Features.StatusReports;

/// <summary>
/// One section of a generated status report: it reads its facts (through its area's service or queries) and returns
/// them as a pure <see cref="IReportSectionContent"/> that writes the Markdown. Adding a section to every new report is
/// one class and one line, <c>services.AddStatusReportSection&lt;T&gt;()</c>, in the owning area's registration.
/// </summary>
public interface IStatusReportSectionSource
{
    /// <summary>Where the section sits; sections are shown in ascending order (see <see cref="StatusReportSectionOrder"/>).</summary>
    int Order { get; }

    Task<IReportSectionContent> ReadAsync(StatusReportContext context, CancellationToken ct);
}
