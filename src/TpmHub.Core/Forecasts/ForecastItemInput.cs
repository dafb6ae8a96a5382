namespace TpmHub.Core.Forecasts;

/// <summary>
/// A work item in a forecast: what the schedule engine takes (key, planned duration in working days, start-no-earlier-than
/// date) plus its planned cost and, optionally, a three-point estimate.
/// </summary>
/// <param name="DurationDays">The planned duration in working days (0 = milestone); what the deterministic schedule uses.</param>
/// <param name="Budget">The item's planned cost in the project's currency (≥ 0).</param>
/// <param name="Estimate">
/// The item's own estimate; without one the project's default spread applies to <paramref name="DurationDays"/>
/// (so a milestone without an estimate stays 0).
/// </param>
public readonly record struct ForecastItemInput(
    string Key,
    int DurationDays,
    DateOnly? StartNoEarlierThan = null,
    decimal Budget = 0m,
    ThreePointEstimate? Estimate = null);
