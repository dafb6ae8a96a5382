using TpmHub.Web.Features.Portfolio;

namespace TpmHub.Web.Features.Projects;

public static class ProjectsFeature
{
    public static IServiceCollection AddProjects(this IServiceCollection services)
    {
        services.AddScoped<ProjectService>();
        services.AddScoped<PortfolioService>();
        return services;
    }
}
