
namespace TpmHub.Web.Features.Work.Items;

/// <summary>A three-point estimate in working days.</summary>
public sealed record WorkItemEstimate(decimal? Optimistic, decimal? MostLikely, decimal? Pessimistic);
