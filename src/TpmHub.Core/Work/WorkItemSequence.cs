namespace TpmHub.Core.Work;

/// <summary>
/// The next work-item number of a project, in its own row so that taking a number (UPDATE … RETURNING,
/// which locks the row) never touches the project's own version.
/// </summary>
public sealed class WorkItemSequence
{
    public Guid ProjectId { get; set; }

    public int NextNumber { get; set; } = 1;
}
