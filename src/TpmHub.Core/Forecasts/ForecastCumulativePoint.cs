namespace TpmHub.Core.Forecasts;

/// <summary>The share of iterations (0 … 1) that finished on or before <paramref name="FinishDate"/>: one point of the S-curve.</summary>
public readonly record struct ForecastCumulativePoint(DateOnly FinishDate, double Share);
