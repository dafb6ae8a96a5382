using TpmHub.Core.Projects;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Projects;

/// <summary>The mutable model behind the project form.</summary>
public sealed class ProjectForm
{
    public string? Key { get; set; }

    public string? Name { get; set; }

    public ProjectKind Kind { get; set; } = ProjectKind.CloudMigration;

    public ProjectPhase Phase { get; set; } = ProjectPhase.Initiation;

    public ProjectStatus Status { get; set; } = ProjectStatus.Proposed;

    public string? OwnerId { get; set; }

    public DateTime? StartDate { get; set; }

    public DateTime? TargetDate { get; set; }

    public string? Currency { get; set; } = "USD";

    public string? Description { get; set; }

    public string? Objectives { get; set; }

    public uint Version { get; set; }

    public ProjectDraft ToDraft() => new(
        Key?.Trim().ToUpperInvariant(), Name, Kind, Phase, Status, OwnerId,
        FormDates.ToDateOnly(StartDate),
        FormDates.ToDateOnly(TargetDate),
        Currency?.Trim().ToUpperInvariant(), Description, Objectives);

    public static ProjectForm From(ProjectDetails p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new ProjectForm
        {
            Key = p.Key,
            Name = p.Name,
            Kind = p.Kind,
            Phase = p.Phase,
            Status = p.Status,
            OwnerId = p.OwnerId,
            StartDate = p.StartDate.ToDateTime(TimeOnly.MinValue),
            TargetDate = p.TargetDate.ToDateTime(TimeOnly.MinValue),
            Currency = p.Currency,
            Description = p.Description,
            Objectives = p.Objectives,
            Version = p.Version,
        };
    }
}
