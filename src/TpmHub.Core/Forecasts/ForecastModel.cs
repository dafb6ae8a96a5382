using MathNet.Numerics.Distributions;
using TpmHub.Core.Schedule;

namespace TpmHub.Core.Forecasts;

/// <summary>
/// A validated forecast input compiled for sampling: the schedule network, each item's distribution, and the risks with
/// their linked items in CSR form. Immutable; every worker reads it at once.
/// </summary>
internal sealed class ForecastModel
{
    /// <summary>
    /// A whole-day duration no sampled duration plus risk days goes beyond: far past any window finish (so it changes no
    /// outcome, the iteration fails on the window either way) and far from overflowing an offset.
    /// </summary>
    public const int SaturatedDays = 1_000_000;

    /// <summary>Slack for the ceiling: a sample within this of a whole number counts as that number (10.000000000001 → 10).</summary>
    public const double CeilingTolerance = 1e-9;

    public ForecastModel(ForecastInput input, ScheduleNetwork network)
    {
        Network = network;
        Distribution = input.Distribution;
        var n = network.Count;
        var planned = network.Duration;
        BaseDuration = new int[n];
        var sampled = new List<int>();
        var lower = new List<double>();
        var upper = new List<double>();
        var mode = new List<double>();
        var alpha = new List<double>();
        var beta = new List<double>();
        var mean = new List<double>();
        var rate = new List<double>();
        double fixedCostDelta = 0;
        decimal plannedCost = 0;
        var low = input.DefaultSpreadLowPercent / 100;
        var high = input.DefaultSpreadHighPercent / 100;
        for (var i = 0; i < n; i++)
        {
            var item = input.Items[i];
            plannedCost += item.Budget;
            var d = planned[i];
            double o, m, p;
            if (item.Estimate is { } estimate)
            {
                (o, m, p) = ((double)estimate.Optimistic, (double)estimate.MostLikely, (double)estimate.Pessimistic);
            }
            else
            {
                (o, m, p) = (d * (1 - low), d, d * (1 + high));
            }

            // Budget per planned day; an item planned at 0 days keeps its budget whatever it samples.
            var perDay = d > 0 ? (double)item.Budget / d : 0;
            if (!(p > o))
            {
                BaseDuration[i] = Math.Min(CeilDays(m), SaturatedDays);
                fixedCostDelta += perDay * (BaseDuration[i] - d);
                continue;
            }

            BaseDuration[i] = d;
            sampled.Add(i);
            lower.Add(o);
            upper.Add(p);
            mode.Add(m);
            rate.Add(perDay);
            var a = 1 + 4 * (m - o) / (p - o);
            var b = 1 + 4 * (p - m) / (p - o);
            alpha.Add(a);
            beta.Add(b);
            mean.Add(Distribution == ForecastDistribution.Pert ? o + (p - o) * a / (a + b) : (o + m + p) / 3);
        }

        Sampled = [.. sampled];
        Lower = [.. lower];
        Upper = [.. upper];
        Mode = [.. mode];
        Alpha = [.. alpha];
        Beta = [.. beta];
        Mean = [.. mean];
        Rate = [.. rate];
        FixedCostDelta = fixedCostDelta;
        PlannedCost = plannedCost;

        var risks = input.Risks;
        RiskKeys = new string[risks.Count];
        RiskProbability = new double[risks.Count];
        RiskImpact = new int[risks.Count];
        RiskCost = new double[risks.Count];
        RiskItemStart = new int[risks.Count + 1];
        var riskItems = new List<int>();
        for (var r = 0; r < risks.Count; r++)
        {
            var risk = risks[r];
            RiskKeys[r] = risk.Key;
            RiskProbability[r] = risk.Probability;
            RiskImpact[r] = risk.ScheduleImpactDays;
            RiskCost[r] = (double)risk.CostImpact;
            if (risk.ScheduleImpactDays > 0)
            {
                foreach (var key in risk.ItemKeys ?? [])
                {
                    riskItems.Add(network.IndexOf[key]);
                }
            }

            RiskItemStart[r + 1] = riskItems.Count;
        }

        RiskItems = [.. riskItems];
    }

    public ScheduleNetwork Network { get; }

    public ForecastDistribution Distribution { get; }

    /// <summary>Per item: the duration of an item without spread (its whole-day estimate or planned duration); planned otherwise.</summary>
    public int[] BaseDuration { get; }

    /// <summary>The items with a spread (O &lt; P), in input order; the arrays below are indexed by position in this list.</summary>
    public int[] Sampled { get; }

    public double[] Lower { get; }

    public double[] Upper { get; }

    public double[] Mode { get; }

    /// <summary>PERT's α = 1 + 4(M − O)/(P − O).</summary>
    public double[] Alpha { get; }

    /// <summary>PERT's β = 1 + 4(P − M)/(P − O).</summary>
    public double[] Beta { get; }

    /// <summary>The distribution's mean: the threshold of a "high" sample for the swing.</summary>
    public double[] Mean { get; }

    /// <summary>Budget per planned working day (0 for an item planned at 0 days).</summary>
    public double[] Rate { get; }

    /// <summary>What the items without spread add to the planned cost in every iteration (their whole-day estimate may differ from the plan).</summary>
    public double FixedCostDelta { get; }

    /// <summary>The sum of the budgets.</summary>
    public decimal PlannedCost { get; }

    public string[] RiskKeys { get; }

    public double[] RiskProbability { get; }

    public int[] RiskImpact { get; }

    public double[] RiskCost { get; }

    /// <summary>The items a risk delays are RiskItems[RiskItemStart[r] .. RiskItemStart[r + 1]) (none when its schedule impact is 0).</summary>
    public int[] RiskItemStart { get; }

    public int[] RiskItems { get; }

    /// <summary>The raw (unrounded) sample of sampled item <paramref name="k"/>, in [O, P].</summary>
    public double Sample(Random random, int k) => Distribution == ForecastDistribution.Pert
        ? Lower[k] + (Upper[k] - Lower[k]) * MathNet.Numerics.Distributions.Beta.Sample(random, Alpha[k], Beta[k])
        : Triangular.Sample(random, Lower[k], Upper[k], Mode[k]);

    /// <summary>Rounds a duration up to whole working days, a hair's breadth of floating error below a whole number included.</summary>
    public static int CeilDays(double days) => (int)Math.Ceiling(days - CeilingTolerance);
}
