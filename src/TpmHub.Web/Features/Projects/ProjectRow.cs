using TpmHub.Core.Projects;

namespace TpmHub.Web.Features.Projects;

/// <summary>One line of the portfolio: what a TPM scans at a glance.</summary>
public sealed record ProjectRow(
    string Key,
    string Name,
    ProjectKind Kind,
    ProjectPhase Phase,
    ProjectStatus Status,
    string OwnerId,
    string OwnerName,
    DateOnly StartDate,
    DateOnly TargetDate,
    ProjectHealth Health,
    string? HealthReason);
