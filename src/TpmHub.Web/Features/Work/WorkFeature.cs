using TpmHub.Web.Features.Work.Items;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Schedule;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Gantt;

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
