using TpmHub.Core.People;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.People.Capacity;

public static class CapacityFeature
{
    /// <summary>The route parameter that carries an allocation's id; the gate resolves it to the project.</summary>
    public const string RouteParameter = "allocationId";

    public static IServiceCollection AddCapacity(this IServiceCollection services)
    {
        services.AddScoped<AllocationService>();
        services.AddScoped<CapacityService>();
        services.AddScoped<RoleMatchService>();
        services.AddAuditDescription<Allocation>(a => (a.ProjectId, $"allocation {a.Percent} % {a.From:yyyy-MM-dd}–{a.To:yyyy-MM-dd}"));
        services.AddProjectItemKind(RouteParameter, "Allocation", (db, key) =>
            Guid.TryParse(key, out var id) ? db.Allocations.Where(a => a.Id == id).Select(a => a.ProjectId) : db.Allocations.Where(a => false).Select(a => a.ProjectId));
        return services;
    }
}
