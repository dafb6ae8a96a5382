namespace TpmHub.Web.Features.Dashboard;

public static class DashboardFeature
{
    public static IServiceCollection AddProjectDashboard(this IServiceCollection services)
    {
        services.AddScoped<ProjectDashboardService>();
        return services;
    }
}
