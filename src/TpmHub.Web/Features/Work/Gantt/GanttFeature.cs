namespace TpmHub.Web.Features.Work.Gantt;

public static class GanttFeature
{
    public static IServiceCollection AddGantt(this IServiceCollection services) => services.AddScoped<GanttService>();
}
