namespace TpmHub.Core.Forecasts;

/// <summary>
/// An item's criticality index: the share of iterations (0 … 1) in which its total float was 0 — the schedule engine's
/// <c>Critical</c>, counted over the iterations.
/// </summary>
public readonly record struct ForecastCriticality(string Key, double Index);
