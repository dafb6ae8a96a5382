namespace TpmHub.Core.Projects;

public enum ProjectStatus
{
    Proposed,
    Active,
    OnHold,
    Completed,
    Cancelled,
}
