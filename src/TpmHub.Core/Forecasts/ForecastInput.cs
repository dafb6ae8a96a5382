using TpmHub.Core.Schedule;

namespace TpmHub.Core.Forecasts;

/// <summary>
/// What a forecast runs over: the project's calendar, its items and links (exactly as the schedule engine takes them),
/// its open risks, and the run's settings. Limits are checked by <see cref="ForecastEngine.Run"/> (field-named errors).
/// </summary>
/// <param name="Links">Dependencies between items: FS/SS/FF/SF with lags or leads, as for <see cref="ScheduleEngine"/>.</param>
/// <param name="Risks">Open risks with a probability and a schedule and/or cost impact; empty for none.</param>
public sealed record ForecastInput(
    WorkingCalendar Calendar,
    IReadOnlyList<ForecastItemInput> Items,
    IReadOnlyList<ScheduleLinkInput> Links,
    IReadOnlyList<ForecastRiskInput> Risks)
{
    /// <summary>The default number of iterations.</summary>
    public const int DefaultIterations = 5_000;

    /// <summary>How three-point estimates are sampled (also the default spread's). Default triangular.</summary>
    public ForecastDistribution Distribution { get; init; } = ForecastDistribution.Triangular;

    /// <summary>
    /// The default spread below the planned duration d of an item without an estimate, in percent (0 … 100):
    /// O = d × (1 − low/100), M = d. Default 10.
    /// </summary>
    public double DefaultSpreadLowPercent { get; init; } = 10;

    /// <summary>The default spread above it, in percent (0 … 500): P = d × (1 + high/100). Default 30.</summary>
    public double DefaultSpreadHighPercent { get; init; } = 30;

    /// <summary>How many iterations to run (<see cref="ForecastEngine.MinIterations"/> … <see cref="ForecastEngine.MaxIterations"/>).</summary>
    public int Iterations { get; init; } = DefaultIterations;

    /// <summary>The seed: the same input and seed give the same result, bit for bit, on any number of workers.</summary>
    public int Seed { get; init; }

    /// <summary>When set, the result carries the chance of finishing on or before this date.</summary>
    public DateOnly? TargetDate { get; init; }

    /// <summary>How many drivers the result lists at most, strongest first (1 … 100,000). Default 20.</summary>
    public int MaxDrivers { get; init; } = 20;

    /// <summary>Worker threads (1 … 256); null for <see cref="Environment.ProcessorCount"/>. The result does not depend on it.</summary>
    public int? Workers { get; init; }
}
