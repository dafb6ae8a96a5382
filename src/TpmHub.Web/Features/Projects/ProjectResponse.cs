using TpmHub.Core.Projects;

namespace TpmHub.Web.Features.Projects;

/// <summary>The API's project shape (DESIGN.md): enums serialise as camelCase strings, dates as yyyy-MM-dd.</summary>
public sealed record ProjectResponse(
    string Key,
    string Name,
    ProjectKind Kind,
    ProjectPhase Phase,
    ProjectStatus Status,
    string OwnerId,
    string OwnerName,
    DateOnly StartDate,
    DateOnly TargetDate,
    string? Currency,
    string? Description,
    string? Objectives,
    ProjectHealth Health,
    string? HealthReason,
    uint? Version,
    DateTimeOffset? ArchivedAt = null)
{
    public static ProjectResponse From(ProjectDetails p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Key, p.Name, p.Kind, p.Phase, p.Status, p.OwnerId, p.OwnerName, p.StartDate, p.TargetDate, p.Currency,
            p.Description, p.Objectives, p.Health, p.HealthReason, p.Version, p.ArchivedAt);
    }

    public static ProjectResponse From(ProjectRow p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Key, p.Name, p.Kind, p.Phase, p.Status, p.OwnerId, p.OwnerName, p.StartDate, p.TargetDate, null, null, null,
            p.Health, p.HealthReason, null);
    }
}
