namespace TpmHub.Core.Audit;

/// <summary>One recorded insert, update or delete of project data: who, when, what and the changed fields.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public Guid? ProjectId { get; set; }

    public string EntityType { get; set; } = "";

    public string EntityId { get; set; } = "";

    /// <summary>Insert, Update or Delete.</summary>
    public string Action { get; set; } = "";

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public DateTimeOffset At { get; set; }

    public List<AuditChange> Changes { get; set; } = [];
}
