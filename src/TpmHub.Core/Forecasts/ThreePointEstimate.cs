namespace TpmHub.Core.Forecasts;

/// <summary>
/// A three-point estimate in working days: 0 ≤ <paramref name="Optimistic"/> ≤ <paramref name="MostLikely"/> ≤
/// <paramref name="Pessimistic"/> (as <c>WorkItem.Optimistic</c>, <c>MostLikely</c> and <c>Pessimistic</c>).
/// </summary>
public readonly record struct ThreePointEstimate(decimal Optimistic, decimal MostLikely, decimal Pessimistic);
