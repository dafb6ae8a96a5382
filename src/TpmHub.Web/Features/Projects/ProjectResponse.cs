using TpmHub.Core.Projects;
using TpmHub.Web.Features.Health;

namespace TpmHub.Web.Features.Projects;

/// <summary>
/// The API's project shape (DESIGN.md): enums serialise as camelCase strings, dates as yyyy-MM-dd. <c>health</c> is the
/// effective rating: the lead's <c>healthOverride</c> when set, else <c>computedHealth.rating</c>.
/// </summary>
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
    DateTimeOffset? ArchivedAt = null,
    ComputedHealthResponse? ComputedHealth = null,
    HealthOverrideResponse? HealthOverride = null)
{
    public static ProjectResponse From(ProjectDetails p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Key, p.Name, p.Kind, p.Phase, p.Status, p.OwnerId, p.OwnerName, p.StartDate, p.TargetDate, p.Currency,
            p.Description, p.Objectives, p.Health, p.HealthReason, p.Version, p.ArchivedAt,
            p.HealthReading is { } h ? ComputedHealthResponse.From(h.Computed) : null, HealthOverrideResponse.From(p.HealthReading?.Override));
    }

    public static ProjectResponse From(ProjectRow p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Key, p.Name, p.Kind, p.Phase, p.Status, p.OwnerId, p.OwnerName, p.StartDate, p.TargetDate, null, null, null,
            p.Health, p.HealthReason, null, null,
            p.HealthReading is { } h ? ComputedHealthResponse.From(h.Computed) : null, HealthOverrideResponse.From(p.HealthReading?.Override));
    }
}
