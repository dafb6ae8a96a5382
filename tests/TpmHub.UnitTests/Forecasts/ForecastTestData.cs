using TpmHub.Core.Forecasts;
using TpmHub.Core.Schedule;

namespace TpmHub.UnitTests.Forecasts;

/// <summary>Small builders for forecast inputs. The project starts on Monday 2026-01-05 (offset 0) with no holidays.</summary>
internal static class ForecastTestData
{
    public static readonly DateOnly Monday = new(2026, 1, 5);

    public static WorkingCalendar Calendar() => new(Monday, []);

    /// <summary>An item planned at <paramref name="days"/>; with (o, m, p) it carries that estimate.</summary>
    public static ForecastItemInput Item(string key, int days, decimal budget = 0m, (decimal O, decimal M, decimal P)? estimate = null, DateOnly? startNoEarlierThan = null) =>
        new(key, days, startNoEarlierThan, budget, estimate is { } e ? new ThreePointEstimate(e.O, e.M, e.P) : null);

    public static ScheduleLinkInput Link(string from, string to, LinkType type = LinkType.FS, int lag = 0) => new(from, to, type, lag);

    public static ForecastRiskInput Risk(string key, double probability, int days, decimal cost, params string[] items) => new(key, probability, days, cost, items);

    /// <summary>An input with no default spread (items without an estimate last exactly their plan) unless the test sets one.</summary>
    public static ForecastInput Input(ForecastItemInput[] items, ScheduleLinkInput[]? links = null, ForecastRiskInput[]? risks = null) =>
        new(Calendar(), items, links ?? [], risks ?? []) { DefaultSpreadLowPercent = 0, DefaultSpreadHighPercent = 0, Seed = 7 };

    public static ForecastResult Run(ForecastInput input, IProgress<ForecastProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var result = ForecastEngine.Run(input, progress, cancellationToken);
        result.Error.Should().BeNull();
        return result.Value!;
    }

    /// <summary>The finish offsets of the histogram again, one per iteration (offset = the working day after the shown date).</summary>
    public static List<int> FinishOffsets(ForecastResult result, WorkingCalendar calendar) =>
        result.FinishHistogram.SelectMany(b => Enumerable.Repeat(b.FinishDate == calendar.Start ? 1 : calendar.OffsetOnOrAfter(b.FinishDate) + 1, b.Count)).ToList();

    public static double CriticalityOf(ForecastResult result, string key) => result.Criticality.Single(c => c.Key == key).Index;

    /// <summary>A progress sink that runs its action at once on the reporting thread (Progress&lt;T&gt; would post it).</summary>
    public sealed class SyncProgress(Action<ForecastProgress> action) : IProgress<ForecastProgress>
    {
        public void Report(ForecastProgress value) => action(value);
    }
}
