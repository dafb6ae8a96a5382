using TpmHub.Core.Schedule;

namespace TpmHub.Core.Work;

/// <summary>A link between two work items of one project: FS, SS, FF or SF with a lag in working days (may be negative).</summary>
public sealed class Dependency
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public Guid PredecessorId { get; set; }

    public Guid SuccessorId { get; set; }

    public LinkType Type { get; set; }

    public int LagDays { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
