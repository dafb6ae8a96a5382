
namespace TpmHub.Web.Features.Work.Schedule;

/// <summary>The schedule as the API returns it (DESIGN.md): shown dates, floats in working days.</summary>
public sealed record ScheduleResponse(DateOnly ProjectStart, DateOnly? ProjectFinish, IReadOnlyList<string> CriticalPath, IReadOnlyList<ScheduleItemResponse> Items);
