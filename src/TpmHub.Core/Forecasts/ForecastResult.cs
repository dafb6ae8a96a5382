namespace TpmHub.Core.Forecasts;

/// <summary>
/// The outcome of a Monte Carlo forecast. Finish percentiles are nearest-rank over the iterations' finish offsets (sorted
/// ascending, rank ⌈p/100 · N⌉, the value at rank − 1), shown as dates like the schedule's project finish; cost
/// percentiles the same over the iterations' costs, rounded to 2 decimals (halves away from zero) only here, at the output.
/// </summary>
/// <param name="Cancelled">
/// True when the run was cancelled: every statistic then covers only the whole chunks finished by then
/// (<paramref name="Iterations"/> &lt; <paramref name="IterationsRequested"/>, at least one chunk) and is not reproducible.
/// </param>
/// <param name="Iterations">The iterations the statistics cover.</param>
/// <param name="IterationsRequested">The iterations asked for.</param>
/// <param name="Seed">The seed the run used.</param>
/// <param name="ProjectStartDate">The date of offset 0.</param>
/// <param name="CriticalPathFinish">The deterministic finish: the schedule engine's on the planned durations, no risk.</param>
/// <param name="PlannedCost">The sum of the items' budgets.</param>
/// <param name="FinishHistogram">Iterations per finish date, ascending by date; the counts add up to <paramref name="Iterations"/>.</param>
/// <param name="Criticality">Every item's criticality index, in input order.</param>
/// <param name="Drivers">
/// At most <c>MaxDrivers</c> items and risks whose value varied, ranked by |correlation| descending, then |swing|
/// descending, items before risks, then input order.
/// </param>
/// <param name="TargetDate">The target date asked about, if any.</param>
/// <param name="ChanceByTarget">The share of iterations (0 … 1) whose finish date is on or before <paramref name="TargetDate"/>; null without one.</param>
public sealed record ForecastResult(
    bool Cancelled,
    int Iterations,
    int IterationsRequested,
    int Seed,
    DateOnly ProjectStartDate,
    ForecastFinish CriticalPathFinish,
    decimal PlannedCost,
    ForecastFinish FinishP50,
    ForecastFinish FinishP80,
    ForecastFinish FinishP95,
    decimal CostP50,
    decimal CostP80,
    decimal CostP95,
    IReadOnlyList<ForecastHistogramBin> FinishHistogram,
    IReadOnlyList<ForecastCriticality> Criticality,
    IReadOnlyList<ForecastDriver> Drivers,
    DateOnly? TargetDate,
    double? ChanceByTarget)
{
    /// <summary>
    /// The cumulative curve (S-curve) of the finish: for each bin of <see cref="FinishHistogram"/>, the share of iterations
    /// finishing on or before its date; the last point is 1.
    /// </summary>
    public IReadOnlyList<ForecastCumulativePoint> CumulativeCurve()
    {
        var points = new ForecastCumulativePoint[FinishHistogram.Count];
        var running = 0;
        for (var i = 0; i < points.Length; i++)
        {
            running += FinishHistogram[i].Count;
            points[i] = new ForecastCumulativePoint(FinishHistogram[i].FinishDate, (double)running / Iterations);
        }

        return points;
    }
}
