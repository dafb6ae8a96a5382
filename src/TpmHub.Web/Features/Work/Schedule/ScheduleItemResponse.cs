
namespace TpmHub.Web.Features.Work.Schedule;

public sealed record ScheduleItemResponse(string Key, DateOnly EarlyStart, DateOnly EarlyFinish, DateOnly LateStart, DateOnly LateFinish,
    int TotalFloat, int FreeFloat, bool Critical);
