namespace TpmHub.Core.Forecasts;

/// <summary>How far a forecast run is: <paramref name="IterationsDone"/> of <paramref name="Iterations"/> (whole chunks).</summary>
public readonly record struct ForecastProgress(int IterationsDone, int Iterations);
