namespace TpmHub.Web.Features.Work;

public static class WorkFeature
{
    public static IServiceCollection AddWork(this IServiceCollection services)
    {
        services.AddScoped<WorkItemService>();
        services.AddScoped<DependencyService>();
        services.AddScoped<ScheduleService>();
        services.AddScoped<BaselineService>();
        services.AddScoped<GanttService>();
        services.AddScoped<ScheduleHealthService>();
        return services;
    }
}
