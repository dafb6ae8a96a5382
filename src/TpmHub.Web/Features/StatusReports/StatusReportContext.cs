using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Health;

namespace TpmHub.Web.Features.StatusReports;

/// <summary>What every section source is given: the project, the period, and the health read once for the whole report.</summary>
public sealed record StatusReportContext(ProjectAccess Project, DateOnly PeriodStart, DateOnly PeriodEnd, ProjectHealthReading Health);
