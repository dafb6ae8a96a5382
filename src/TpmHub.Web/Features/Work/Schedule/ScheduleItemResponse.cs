using TpmHub.Web.Features.Work.Items;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Gantt;

namespace TpmHub.Web.Features.Work.Schedule;

public sealed record ScheduleItemResponse(string Key, DateOnly EarlyStart, DateOnly EarlyFinish, DateOnly LateStart, DateOnly LateFinish,
    int TotalFloat, int FreeFloat, bool Critical);
