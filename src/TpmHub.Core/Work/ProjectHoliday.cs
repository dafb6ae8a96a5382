namespace TpmHub.Core.Work;

/// <summary>A non-working day in a project's calendar (on top of weekends).</summary>
public sealed class ProjectHoliday
{
    public Guid ProjectId { get; set; }

    public DateOnly Date { get; set; }
}
