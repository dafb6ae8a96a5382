using TpmHub.Core.Stakeholders;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Stakeholders;

public static class StakeholdersFeature
{
    /// <summary>The route parameter that carries a stakeholder's id; the gate resolves it to the project.</summary>
    public const string RouteParameter = "stakeholderId";

    public static IServiceCollection AddStakeholders(this IServiceCollection services)
    {
        services.AddScoped<StakeholderService>();
        services.AddAuditDescription<Stakeholder>(s => (s.ProjectId, s.Name.Length <= 64 ? s.Name : s.Name[..64]));
        services.AddProjectItemKind(RouteParameter, "Stakeholder", (db, key) =>
            Guid.TryParse(key, out var id) ? db.Stakeholders.Where(s => s.Id == id).Select(s => s.ProjectId) : db.Stakeholders.Where(s => false).Select(s => s.ProjectId));
        return services;
    }
}
