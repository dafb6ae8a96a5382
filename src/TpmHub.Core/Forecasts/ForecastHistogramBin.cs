namespace TpmHub.Core.Forecasts;

/// <summary>How many iterations (<paramref name="Count"/>) finished on <paramref name="FinishDate"/> (shown as in <see cref="ForecastFinish"/>).</summary>
public readonly record struct ForecastHistogramBin(DateOnly FinishDate, int Count);
