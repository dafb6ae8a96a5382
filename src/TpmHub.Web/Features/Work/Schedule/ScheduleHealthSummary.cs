using TpmHub.Core.Projects;
using TpmHub.Web.Features.Work.Items;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Gantt;

namespace TpmHub.Web.Features.Work.Schedule;

/// <summary>The schedule health against the latest baseline; null fields when there is no baseline yet.</summary>
public sealed record ScheduleHealthSummary(string? BaselineName, DateOnly? BaselineFinish, DateOnly? ForecastFinish, int? SlipDays,
    ProjectHealth? Health, string Explanation);
