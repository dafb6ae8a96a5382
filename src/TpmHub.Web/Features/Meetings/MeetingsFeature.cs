using TpmHub.Core.Meetings;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Meetings;

public static class MeetingsFeature
{
    /// <summary>The route parameter that carries a meeting's id; the gate resolves it to the project.</summary>
    public const string RouteParameter = "meetingId";

    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        // The extractor runs in-process: no meeting content leaves the server (docs/decisions/0011-meeting-notes-extractor.md).
        services.AddSingleton<IMeetingNotesExtractor>(MeetingNotesExtractor.Instance);
        services.AddScoped<MeetingService>();
        services.AddScoped<MeetingSuggestionService>();
        services.AddScoped<MeetingDocuments>();
        services.AddAuditDescription<Meeting>(m => (m.ProjectId, $"meeting {m.Title} ({m.Date:yyyy-MM-dd})"));
        services.AddProjectItemKind(RouteParameter, "Meeting", (db, key) =>
            Guid.TryParse(key, out var id) ? db.Meetings.Where(m => m.Id == id).Select(m => m.ProjectId) : db.Meetings.Where(m => false).Select(m => m.ProjectId));
        return services;
    }
}
