namespace TpmHub.Core.Raci;

/// <summary>
/// One cell of a project's RACI matrix: the role one person holds for one epic or milestone. The person is either a
/// project member (<see cref="MemberUserId"/>) or a stakeholder of the register (<see cref="StakeholderId"/>), never both.
/// An empty cell is no row at all.
/// </summary>
public sealed class RaciCell
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public Guid WorkItemId { get; set; }

    public string? MemberUserId { get; set; }

    public Guid? StakeholderId { get; set; }

    public RaciRole Role { get; set; }

    /// <summary>How the audit trail names this cell ("CLD-6 Pilot sign-off · Helen Okafor"); set by the service, not stored.</summary>
    public string AuditName { get; set; } = "";
}
