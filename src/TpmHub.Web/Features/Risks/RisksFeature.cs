using TpmHub.Core.Risks;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Risks;

public static class RisksFeature
{
    /// <summary>The route parameter that carries a RAID entry's key (<c>CLD-R7</c>); the gate resolves it to the project.</summary>
    public const string RouteParameter = "entryKey";

    public static IServiceCollection AddRisks(this IServiceCollection services)
    {
        services.AddScoped<RaidService>();
        services.AddAuditDescription<RaidEntry>(e => (e.ProjectId, e.Key));
        services.AddProjectItemKind(RouteParameter, "RAID entry", (db, key) => db.RaidEntries.Where(e => e.Key == key).Select(e => e.ProjectId));
        return services;
    }
}
