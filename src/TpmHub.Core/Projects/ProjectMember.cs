namespace TpmHub.Core.Projects;

/// <summary>Membership of a user in a project; what a lead or stakeholder may see follows from it.</summary>
public sealed class ProjectMember
{
    public Guid ProjectId { get; set; }

    public string UserId { get; set; } = "";

    public DateTimeOffset AddedAt { get; set; }
}
