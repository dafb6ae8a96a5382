using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Schedule;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Gantt;

namespace TpmHub.Web.Features.Work.Items;

/// <summary>A three-point estimate in working days.</summary>
public sealed record WorkItemEstimate(decimal? Optimistic, decimal? MostLikely, decimal? Pessimistic);
