namespace TpmHub.Core.Projects;

/// <summary>The editable fields of a project as a user supplied them, before validation.</summary>
public sealed record ProjectDraft(
    string? Key,
    string? Name,
    ProjectKind? Kind,
    ProjectPhase? Phase,
    ProjectStatus? Status,
    string? OwnerId,
    DateOnly? StartDate,
    DateOnly? TargetDate,
    string? Currency,
    string? Description,
    string? Objectives);
