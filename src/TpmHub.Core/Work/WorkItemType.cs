namespace TpmHub.Core.Work;

public enum WorkItemType
{
    Epic,
    Task,
    Bug,
    Milestone,
}
