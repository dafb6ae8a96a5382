using TpmHub.Core.Work;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.Work.Dependencies;

public static class DependenciesFeature
{
    public static IServiceCollection AddDependencies(this IServiceCollection services)
    {
        services.AddScoped<DependencyService>();
        services.AddAuditDescription<Dependency>(d => (d.ProjectId, d.Id.ToString()));
        return services;
    }
}
