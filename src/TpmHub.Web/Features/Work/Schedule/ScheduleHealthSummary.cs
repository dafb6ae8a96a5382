using TpmHub.Core.Projects;

namespace TpmHub.Web.Features.Work.Schedule;

/// <summary>The schedule health against the latest baseline; null fields when there is no baseline yet.</summary>
public sealed record ScheduleHealthSummary(string? BaselineName, DateOnly? BaselineFinish, DateOnly? ForecastFinish, int? SlipDays,
    ProjectHealth? Health, string Explanation);
