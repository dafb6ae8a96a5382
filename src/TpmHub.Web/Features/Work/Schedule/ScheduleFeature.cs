using System.Globalization;
using TpmHub.Core.Work;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.Work.Schedule;

public static class ScheduleFeature
{
    public static IServiceCollection AddSchedule(this IServiceCollection services)
    {
        services.AddScoped<ScheduleService>();
        services.AddScoped<ScheduleHealthService>();
        services.AddAuditDescription<ProjectHoliday>(h => (h.ProjectId, h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return services;
    }
}
