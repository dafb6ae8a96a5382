using TpmHub.Core.Projects;
using TpmHub.Web.Features.Health;

namespace TpmHub.Web.Features.Projects;

/// <summary>A project as the API returns it and the project page shows it; <see cref="Health"/> is the effective rating (the override, else the computed one).</summary>
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
    DateTimeOffset? ArchivedAt = null,
    ProjectHealthReading? HealthReading = null);
