using System.Globalization;
using TpmHub.Core.Forecasts;

namespace TpmHub.Web.Features.Forecasts;

/// <summary>
/// Run a forecast: <c>iterations</c> 100–100,000 (default 5,000), <c>seed</c> (default: a random one, kept), <c>distribution</c>
/// triangular|pert (default: the project's), <c>includeRisks</c> (default true), <c>targetDate</c> (chance of finishing by it).
/// </summary>
public sealed record ForecastRequest(int? Iterations, int? Seed, string? Distribution, bool? IncludeRisks, string? TargetDate);

/// <summary>A project's forecasting defaults: <c>distribution</c> triangular|pert; the spread of items without an estimate, −low % / +high %.</summary>
public sealed record ForecastSettingsRequest(string? Distribution, int? SpreadLowPercent, int? SpreadHighPercent, uint? Version);

public sealed record ForecastSettingsRow(ForecastDistribution Distribution, int SpreadLowPercent, int SpreadHighPercent, uint Version);

/// <summary>Three percentiles (nearest rank) of a forecast quantity.</summary>
public sealed record Percentiles<T>(T P50, T P80, T P95);

/// <summary>One item's share of iterations on the critical path.</summary>
public sealed record CriticalityRow(string Key, string Title, double Index);

/// <summary>One bar of the tornado (see <see cref="ForecastDriver"/>).</summary>
public sealed record DriverRow(ForecastDriverKind Kind, string Key, string Title, double Correlation, double SwingDays);

public sealed record HistogramBin(DateOnly Date, int Count);

/// <summary>What a finished run keeps (as JSON on the run): the figures the tab, the dashboard and the report show.</summary>
public sealed record ForecastSummary(
    DateOnly DeterministicFinish,
    DateOnly? BaselineFinish,
    Percentiles<DateOnly> Finish,
    Percentiles<int> FinishWorkingDays,
    Percentiles<decimal> Cost,
    decimal PlannedCost,
    DateOnly? Target,
    double? ChanceByTarget,
    int RisksIncluded,
    IReadOnlyList<CriticalityRow> Criticality,
    IReadOnlyList<DriverRow> Drivers,
    IReadOnlyList<HistogramBin> Histogram)
{
    public static ForecastSummary From(ForecastResult r, ForecastInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(inputs);
        string Title(string key) => inputs.Titles.TryGetValue(key, out var t) ? t : key;
        return new ForecastSummary(r.CriticalPathFinish.Date, inputs.BaselineFinish,
            new Percentiles<DateOnly>(r.FinishP50.Date, r.FinishP80.Date, r.FinishP95.Date),
            new Percentiles<int>(r.FinishP50.Offset, r.FinishP80.Offset, r.FinishP95.Offset),
            new Percentiles<decimal>(r.CostP50, r.CostP80, r.CostP95), r.PlannedCost, r.TargetDate, r.ChanceByTarget, inputs.Input.Risks.Count,
            r.Criticality.OrderByDescending(c => c.Index).Select(c => new CriticalityRow(c.Key, Title(c.Key), c.Index)).ToList(),
            r.Drivers.Select(d => new DriverRow(d.Kind, d.Key, Title(d.Key), d.Correlation, d.SwingDays)).ToList(),
            r.FinishHistogram.Select(b => new HistogramBin(b.FinishDate, b.Count)).ToList());
    }

    /// <summary>The forecast in one sentence for a sponsor: "80 % likely to finish by 14 May 2027 (the plan says 2 May) at up to 1,240,000 USD."</summary>
    public string Sentence(string currency)
    {
        var plan = Finish.P80 == DeterministicFinish ? "the plan's own date" : $"the plan says {DeterministicFinish.ToString("d MMM", CultureInfo.InvariantCulture)}";
        return $"80 % likely to finish by {Finish.P80.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} ({plan}) " +
               $"at up to {Cost.P80.ToString("N0", CultureInfo.InvariantCulture)} {currency}.";
    }
}

/// <summary>Sentences for a sponsor about a kept forecast.</summary>
public static class ForecastWording
{
    /// <summary>
    /// The forecast, its chance of meeting the target when one was asked, and where it comes from: "80 % likely to finish by
    /// 19 Jul 2027 (the plan says 30 Apr) at up to 1,666,139 USD. An 11 % chance of meeting the target of 28 May 2027.
    /// From 5,000 simulated runs of the plan and its open risks on 1 Dec 2026."
    /// </summary>
    public static string ForSponsor(this ForecastSummary summary, string currency, DateTimeOffset at, int iterations)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var chance = summary.ChanceByTarget is { } c && summary.Target is { } target
            ? $" {(c * 100).ToString("0", CultureInfo.InvariantCulture)} % chance of meeting the target of {target.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}."
            : "";
        var risks = summary.RisksIncluded > 0 ? " and its open risks" : "";
        return $"{summary.Sentence(currency)}{chance} From {iterations.ToString("N0", CultureInfo.InvariantCulture)} simulated runs of the plan{risks} on " +
               $"{at.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}.";
    }
}

/// <summary>A forecast as the API answers it: its inputs, where it stands, and once it has run, its figures.</summary>
/// <param name="Progress">Share of the iterations done, 0–1.</param>
public sealed record ForecastRow(
    Guid Id,
    ForecastStatus Status,
    double Progress,
    int Iterations,
    int IterationsDone,
    int Seed,
    ForecastDistribution Distribution,
    int SpreadLowPercent,
    int SpreadHighPercent,
    bool IncludeRisks,
    DateOnly? TargetDate,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    DateOnly? DeterministicFinish,
    DateOnly? BaselineFinish,
    Percentiles<DateOnly>? Finish,
    Percentiles<int>? FinishWorkingDays,
    Percentiles<decimal>? Cost,
    decimal? PlannedCost,
    double? ChanceByTarget,
    int? RisksIncluded,
    IReadOnlyList<CriticalityRow> Criticality,
    IReadOnlyList<DriverRow> Drivers,
    IReadOnlyList<HistogramBin> Histogram,
    string? Sentence);
