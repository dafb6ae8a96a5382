using TpmHub.Core.Projects;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.Projects;

public static class ProjectsFeature
{
    public static IServiceCollection AddProjects(this IServiceCollection services)
    {
        services.AddScoped<ProjectService>();
        services.AddAuditDescription<Project>(p => (p.Id, p.Key));
        services.AddAuditDescription<ProjectMember>(m => (m.ProjectId, m.UserId));
        return services;
    }
}
