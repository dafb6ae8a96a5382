using TpmHub.Core.Schedule;

namespace TpmHub.Core.Forecasts;

/// <summary>From the iterations' finishes, costs and tallies to the result: percentiles, histogram, criticality, drivers.</summary>
public static partial class ForecastEngine
{
    /// <summary>
    /// The nearest-rank percentile of values sorted ascending: rank ⌈p/100 · N⌉ (at least 1), the value at rank − 1.
    /// </summary>
    internal static T NearestRank<T>(T[] sorted, int percent)
    {
        var rank = (int)Math.Max(1, ((long)percent * sorted.Length + 99) / 100);
        return sorted[rank - 1];
    }

    private static ForecastResult Summarise(ForecastInput input, ForecastModel model, int criticalPathFinish, ForecastTally tally,
        int[] finish, double[] costDelta, bool cancelled)
    {
        var calendar = input.Calendar;
        var sortedFinish = (int[])finish.Clone();
        Array.Sort(sortedFinish);
        var sortedCost = (double[])costDelta.Clone();
        Array.Sort(sortedCost);

        var histogram = new List<ForecastHistogramBin>();
        foreach (var offset in sortedFinish)
        {
            var date = ScheduleEngine.FinishDateOf(calendar, offset);
            if (histogram.Count > 0 && histogram[^1].FinishDate == date)
            {
                histogram[^1] = histogram[^1] with { Count = histogram[^1].Count + 1 };
            }
            else
            {
                histogram.Add(new ForecastHistogramBin(date, 1));
            }
        }

        double? chance = null;
        if (input.TargetDate is { } target)
        {
            var byTarget = 0;
            foreach (var bin in histogram)
            {
                byTarget += bin.FinishDate <= target ? bin.Count : 0;
            }

            chance = (double)byTarget / finish.Length;
        }

        var keys = model.Network.Keys;
        var criticality = new ForecastCriticality[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            criticality[i] = new ForecastCriticality(keys[i], (double)tally.Critical[i] / tally.Iterations);
        }

        return new ForecastResult(
            cancelled, finish.Length, input.Iterations, input.Seed, calendar.Start,
            Finish(criticalPathFinish), model.PlannedCost,
            Finish(NearestRank(sortedFinish, 50)), Finish(NearestRank(sortedFinish, 80)), Finish(NearestRank(sortedFinish, 95)),
            Cost(NearestRank(sortedCost, 50)), Cost(NearestRank(sortedCost, 80)), Cost(NearestRank(sortedCost, 95)),
            histogram, criticality, Drivers(model, tally, input.MaxDrivers), input.TargetDate, chance);

        ForecastFinish Finish(int offset) => new(offset, ScheduleEngine.FinishDateOf(calendar, offset));

        // The planned cost is exact; only what the iteration added is floating point, rounded away at the output.
        decimal Cost(double delta) => Math.Round(model.PlannedCost + (decimal)delta, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// Items and risks whose value varied, with Pearson's r against the finish and the swing (see <see cref="ForecastDriver"/>),
    /// strongest first. The sums are exact integers; r is computed from N·Σxy − Σx·Σy and the like in 128 bits.
    /// </summary>
    private static List<ForecastDriver> Drivers(ForecastModel model, ForecastTally tally, int maxDrivers)
    {
        var ranked = new List<(ForecastDriver Driver, int Order)>();
        Int128 count = tally.Iterations;
        var varianceY = count * tally.SumYY - (Int128)tally.SumY * tally.SumY;
        if (varianceY <= 0)
        {
            return [];
        }

        for (var k = 0; k < model.Sampled.Length; k++)
        {
            var r = Correlation(count, tally.SumX[k], tally.SumXX[k], tally.SumXY[k], tally.SumY, varianceY);
            if (r is { } correlation)
            {
                var swing = Swing(tally.Iterations, tally.HighCount[k], tally.HighSumY[k], tally.SumY);
                ranked.Add((new ForecastDriver(ForecastDriverKind.Item, model.Network.Keys[model.Sampled[k]], correlation, swing), model.Sampled[k]));
            }
        }

        var items = model.Network.Count;
        for (var r = 0; r < model.RiskKeys.Length; r++)
        {
            var occurred = tally.RiskCount[r];
            if (Correlation(count, occurred, occurred, tally.RiskSumY[r], tally.SumY, varianceY) is { } correlation)
            {
                var swing = Swing(tally.Iterations, occurred, tally.RiskSumY[r], tally.SumY);
                ranked.Add((new ForecastDriver(ForecastDriverKind.Risk, model.RiskKeys[r], correlation, swing), items + r));
            }
        }

        ranked.Sort((a, b) =>
        {
            var byCorrelation = Math.Abs(b.Driver.Correlation).CompareTo(Math.Abs(a.Driver.Correlation));
            if (byCorrelation != 0)
            {
                return byCorrelation;
            }

            var bySwing = Math.Abs(b.Driver.SwingDays).CompareTo(Math.Abs(a.Driver.SwingDays));
            return bySwing != 0 ? bySwing : a.Order.CompareTo(b.Order);
        });

        var drivers = new List<ForecastDriver>(Math.Min(maxDrivers, ranked.Count));
        for (var i = 0; i < ranked.Count && i < maxDrivers; i++)
        {
            drivers.Add(ranked[i].Driver);
        }

        return drivers;
    }

    /// <summary>Pearson's r from integer sums, or null when x did not vary.</summary>
    private static double? Correlation(Int128 count, long sumX, long sumXX, long sumXY, long sumY, Int128 varianceY)
    {
        var varianceX = count * sumXX - (Int128)sumX * sumX;
        if (varianceX <= 0)
        {
            return null;
        }

        var covariance = count * sumXY - (Int128)sumX * sumY;
        var r = (double)covariance / Math.Sqrt((double)varianceX * (double)varianceY);
        return Math.Clamp(r, -1, 1);
    }

    /// <summary>Mean y of the high iterations less mean y of the rest; 0 when either group is empty.</summary>
    private static double Swing(long count, long highCount, long highSumY, long sumY)
    {
        var lowCount = count - highCount;
        return highCount == 0 || lowCount == 0 ? 0 : (double)highSumY / highCount - (double)(sumY - highSumY) / lowCount;
    }
}
