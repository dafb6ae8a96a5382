using TpmHub.Core.Projects;

namespace TpmHub.Web.Features.Health;

/// <summary>A lead's override in the API: the rating, the reason, who set it (name and user id) and when.</summary>
public sealed record HealthOverrideResponse(ProjectHealth Rating, string Reason, string By, string ByUserId, DateTimeOffset At)
{
    public static HealthOverrideResponse? From(HealthOverride? o) => o is null ? null : new(o.Rating, o.Reason, o.By, o.ByUserId, o.At);
}
