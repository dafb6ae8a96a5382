using TpmHub.Core.Projects;

namespace TpmHub.Web.Features.Projects;

/// <summary>A project as the API returns it and the project page shows it.</summary>
public sealed record ProjectDetails(
    string Key,
    string Name,
    ProjectKind Kind,
    ProjectPhase Phase,
    ProjectStatus Status,
    string OwnerId,
    string OwnerName,
    DateOnly StartDate,
    DateOnly TargetDate,
    string Currency,
    string Description,
    string Objectives,
    ProjectHealth Health,
    string? HealthReason,
    uint Version,
    DateTimeOffset? ArchivedAt = null);
