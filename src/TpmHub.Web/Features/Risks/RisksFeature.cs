using TpmHub.Core.Risks;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Risks.Assessments;
using TpmHub.Web.Features.Risks.Export;
using TpmHub.Web.Features.Risks.HeatMap;
using TpmHub.Web.Features.Risks.Register;
using TpmHub.Web.Features.Risks.Templates;

namespace TpmHub.Web.Features.Risks;

public static class RisksFeature
{
    /// <summary>The route parameter that carries a RAID entry's key (<c>CLD-R7</c>); the gate resolves it to the project.</summary>
    public const string RouteParameter = "entryKey";

    public static IServiceCollection AddRisks(this IServiceCollection services)
    {
        services.AddScoped<RaidService>();
        services.AddScoped<RaidAssessmentService>();
        services.AddScoped<RiskHeatmapService>();
        services.AddScoped<RaidTemplateService>();
        services.AddScoped<RaidExportService>();
        services.AddAuditDescription<RaidEntry>(e => (e.ProjectId, e.Key));
        services.AddProjectItemKind(RouteParameter, "RAID entry", (db, key) => db.RaidEntries.Where(e => e.Key == key).Select(e => e.ProjectId));
        return services;
    }
}
