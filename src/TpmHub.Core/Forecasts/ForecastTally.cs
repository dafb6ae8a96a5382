namespace TpmHub.Core.Forecasts;

/// <summary>
/// Running sums over iterations, all integers so that adding tallies is exact and order-free. y is an iteration's finish
/// offset less the critical-path finish; x is a sampled item's whole-day duration less its planned duration.
/// </summary>
internal sealed class ForecastTally(int items, int sampledItems, int risks)
{
    public long Iterations { get; set; }

    public long SumY { get; set; }

    public long SumYY { get; set; }

    /// <summary>Per item: iterations in which its total float was 0.</summary>
    public long[] Critical { get; } = new long[items];

    /// <summary>Per sampled item: Σx, Σx², Σxy.</summary>
    public long[] SumX { get; } = new long[sampledItems];

    public long[] SumXX { get; } = new long[sampledItems];

    public long[] SumXY { get; } = new long[sampledItems];

    /// <summary>Per sampled item: iterations whose raw sample exceeded the distribution's mean, and their Σy.</summary>
    public long[] HighCount { get; } = new long[sampledItems];

    public long[] HighSumY { get; } = new long[sampledItems];

    /// <summary>Per risk: iterations in which it occurred, and their Σy.</summary>
    public long[] RiskCount { get; } = new long[risks];

    public long[] RiskSumY { get; } = new long[risks];

    /// <summary>Adds <paramref name="other"/> into this tally.</summary>
    public void Add(ForecastTally other)
    {
        Iterations += other.Iterations;
        SumY += other.SumY;
        SumYY += other.SumYY;
        AddTo(Critical, other.Critical);
        AddTo(SumX, other.SumX);
        AddTo(SumXX, other.SumXX);
        AddTo(SumXY, other.SumXY);
        AddTo(HighCount, other.HighCount);
        AddTo(HighSumY, other.HighSumY);
        AddTo(RiskCount, other.RiskCount);
        AddTo(RiskSumY, other.RiskSumY);
    }

    private static void AddTo(long[] into, long[] from)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] += from[i];
        }
    }
}
