using TpmHub.Core.People;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.People.Time;

public static class TimeFeature
{
    /// <summary>The route parameter that carries a time entry's id; the gate resolves it to the project.</summary>
    public const string RouteParameter = "timeEntryId";

    public static IServiceCollection AddTime(this IServiceCollection services)
    {
        services.AddScoped<TimeEntryService>();
        services.AddAuditDescription<TimeEntry>(t => (t.ProjectId, $"time {t.Date:yyyy-MM-dd} {t.Hours:0.##} h"));
        services.AddProjectItemKind(RouteParameter, "Time entry", (db, key) =>
            Guid.TryParse(key, out var id) ? db.TimeEntries.Where(t => t.Id == id).Select(t => t.ProjectId) : db.TimeEntries.Where(t => false).Select(t => t.ProjectId));
        return services;
    }
}
