using TpmHub.Web.Features.Work.Items;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Gantt;

namespace TpmHub.Web.Features.Work.Schedule;

/// <summary>The schedule as the API returns it (DESIGN.md): shown dates, floats in working days.</summary>
public sealed record ScheduleResponse(DateOnly ProjectStart, DateOnly? ProjectFinish, IReadOnlyList<string> CriticalPath, IReadOnlyList<ScheduleItemResponse> Items);
