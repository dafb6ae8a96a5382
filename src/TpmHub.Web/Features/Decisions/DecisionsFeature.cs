using TpmHub.Core.Decisions;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.StatusReports;

namespace TpmHub.Web.Features.Decisions;

public static class DecisionsFeature
{
    /// <summary>The route parameter that carries a decision's id or key (<c>CLD-D4</c>); the gate resolves it to the project.</summary>
    public const string RouteParameter = "decisionId";

    public static IServiceCollection AddDecisions(this IServiceCollection services)
    {
        services.AddScoped<DecisionService>();
        services.AddStatusReportSection<DecisionSectionSource>();
        services.AddAuditDescription<Decision>(d => (d.ProjectId, d.Key));
        services.AddProjectItemKind(RouteParameter, "Decision", (db, key) =>
        {
            if (Guid.TryParse(key, out var id))
            {
                return db.Decisions.Where(d => d.Id == id).Select(d => d.ProjectId);
            }

            var upper = key.Trim().ToUpperInvariant();
            return db.Decisions.Where(d => d.Key == upper).Select(d => d.ProjectId);
        });
        return services;
    }
}
