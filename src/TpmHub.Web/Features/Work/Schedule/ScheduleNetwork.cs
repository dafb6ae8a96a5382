using TpmHub.Core.Schedule;
using TpmHub.Web.Features.Work.Items;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Gantt;

namespace TpmHub.Web.Features.Work.Schedule;

/// <summary>A project's plan as the engine takes it, with the database ids behind each key.</summary>
public sealed record ScheduleNetwork(
    WorkingCalendar Calendar,
    IReadOnlyList<ScheduleTaskInput> Tasks,
    IReadOnlyList<ScheduleLinkInput> Links,
    IReadOnlyDictionary<string, Guid> IdByKey);
