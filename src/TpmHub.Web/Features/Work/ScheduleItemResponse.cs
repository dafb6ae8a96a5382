namespace TpmHub.Web.Features.Work;

public sealed record ScheduleItemResponse(string Key, DateOnly EarlyStart, DateOnly EarlyFinish, DateOnly LateStart, DateOnly LateFinish,
    int TotalFloat, int FreeFloat, bool Critical);
