using TpmHub.Core.Projects;
using TpmHub.Web.Features.Health;

namespace TpmHub.Web.Features.Projects;

/// <summary>One line of the portfolio: what a TPM scans at a glance.</summary>
public sealed record ProjectRow(
    Guid Id,
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
    string? HealthReason,
    ProjectHealthReading? HealthReading = null)
{
    /// <summary>The row with its effective health filled in.</summary>
    public ProjectRow WithHealth(ProjectHealthReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return this with { Health = reading.Effective, HealthReason = reading.Reason, HealthReading = reading };
    }
}
