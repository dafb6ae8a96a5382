namespace TpmHub.Core.Work;

public enum WorkItemPriority
{
    Low,
    Medium,
    High,
    Critical,
}
