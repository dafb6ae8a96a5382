using TpmHub.Core.Communications;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Communications;

public static class CommunicationsFeature
{
    /// <summary>The route parameter that carries a communication's id; the gate resolves it to the project.</summary>
    public const string RouteParameter = "communicationId";

    public static IServiceCollection AddCommunications(this IServiceCollection services)
    {
        services.AddScoped<CommunicationService>();
        services.AddScoped<CommunicationChanges>();
        services.AddAuditDescription<Communication>(c => (c.ProjectId, c.Audience.Length <= 64 ? c.Audience : c.Audience[..64]));
        services.AddProjectItemKind(RouteParameter, "Communication", (db, key) =>
            Guid.TryParse(key, out var id) ? db.Communications.Where(c => c.Id == id).Select(c => c.ProjectId) : db.Communications.Where(c => false).Select(c => c.ProjectId));
        return services;
    }
}
