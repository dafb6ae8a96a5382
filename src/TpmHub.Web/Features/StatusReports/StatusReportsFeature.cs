using TpmHub.Core.Reporting;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.StatusReports.Sections;

namespace TpmHub.Web.Features.StatusReports;

public static class StatusReportsFeature
{
    /// <summary>The route parameter that carries a report's id; the gate resolves it to the project.</summary>
    public const string RouteParameter = "reportId";

    public static IServiceCollection AddStatusReports(this IServiceCollection services)
    {
        services.AddScoped<StatusReportService>();
        services.AddScoped<StatusReportGenerator>();
        services.AddStatusReportSection<HealthSectionSource>();
        services.AddStatusReportSection<ProgressSectionSource>();
        services.AddStatusReportSection<ScheduleSectionSource>();
        services.AddStatusReportSection<EarnedValueSectionSource>();
        services.AddStatusReportSection<RiskSectionSource>();
        services.AddStatusReportSection<AsksSectionSource>();
        services.AddAuditDescription<StatusReport>(r => (r.ProjectId, $"status report {StatusReportRules.PeriodText(r.PeriodStart, r.PeriodEnd)}"));
        services.AddProjectItemKind(RouteParameter, "Status report", (db, key) =>
            Guid.TryParse(key, out var id) ? db.StatusReports.Where(r => r.Id == id).Select(r => r.ProjectId) : db.StatusReports.Where(r => false).Select(r => r.ProjectId));
        return services;
    }

    /// <summary>Adds a section to every report generated from now on (its <see cref="IStatusReportSectionSource.Order"/> places it).</summary>
    public static IServiceCollection AddStatusReportSection<TSource>(this IServiceCollection services) where TSource : class, IStatusReportSectionSource =>
        services.AddScoped<IStatusReportSectionSource, TSource>();
}
