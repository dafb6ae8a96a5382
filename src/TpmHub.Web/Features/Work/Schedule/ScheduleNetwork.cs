using TpmHub.Core.Schedule;

namespace TpmHub.Web.Features.Work.Schedule;

/// <summary>A project's plan as the engine takes it, with the database ids behind each key.</summary>
public sealed record ScheduleNetwork(
    WorkingCalendar Calendar,
    IReadOnlyList<ScheduleTaskInput> Tasks,
    IReadOnlyList<ScheduleLinkInput> Links,
    IReadOnlyDictionary<string, Guid> IdByKey);
