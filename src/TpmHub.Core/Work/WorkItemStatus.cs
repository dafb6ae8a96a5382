namespace TpmHub.Core.Work;

public enum WorkItemStatus
{
    Backlog,
    ToDo,
    InProgress,
    Review,
    Done,
}
