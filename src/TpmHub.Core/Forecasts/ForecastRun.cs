namespace TpmHub.Core.Forecasts;

/// <summary>Where a kept forecast stands.</summary>
public enum ForecastStatus
{
    Queued,
    Running,
    Done,
    Cancelled,
    Failed,
}

/// <summary>
/// A forecast kept with its inputs (when, seed, iterations, distribution, spread, risks in or out, target) so two can be
/// compared, and, once it has run, its summary (<see cref="SummaryJson"/>: percentiles, histogram, criticality, drivers).
/// </summary>
public sealed class ForecastRun
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public ForecastStatus Status { get; set; }

    public int Iterations { get; set; }

    /// <summary>Iterations finished so far (the progress); the iterations the summary covers once it has run.</summary>
    public int IterationsDone { get; set; }

    public int Seed { get; set; }

    public ForecastDistribution Distribution { get; set; }

    public int SpreadLowPercent { get; set; }

    public int SpreadHighPercent { get; set; }

    public bool IncludeRisks { get; set; }

    public DateOnly? TargetDate { get; set; }

    /// <summary>The summary as JSON once the run has produced one (done, or cancelled after some iterations).</summary>
    public string? SummaryJson { get; set; }

    /// <summary>Why a run failed, in words for the user (a plan with a cycle, a schedule past the window).</summary>
    public string? Error { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}

/// <summary>A project's forecasting defaults: the distribution and the spread given to items without a three-point estimate.</summary>
public sealed class ForecastSettings
{
    public const int DefaultLowPercent = 10;
    public const int DefaultHighPercent = 30;

    public Guid ProjectId { get; set; }

    public ForecastDistribution Distribution { get; set; } = ForecastDistribution.Triangular;

    public int SpreadLowPercent { get; set; } = DefaultLowPercent;

    public int SpreadHighPercent { get; set; } = DefaultHighPercent;

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
