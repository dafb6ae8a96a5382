namespace TpmHub.Web.Features.Health;

public static class HealthFeature
{
    public static IServiceCollection AddProjectHealth(this IServiceCollection services)
    {
        services.AddScoped<ProjectHealthService>();
        return services;
    }
}
