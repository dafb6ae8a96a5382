using System.Linq.Expressions;

namespace TpmHub.Core.Risks;

/// <summary>Risk scoring exactly as DESIGN.md fixes it.</summary>
public static class RiskScore
{
    /// <summary>The probability each rating 1–5 stands for, in order: 10%, 30%, 50%, 70%, 90%.</summary>
    private static readonly decimal[] Percentages = [0.10m, 0.30m, 0.50m, 0.70m, 0.90m];

    /// <summary>The score range of each band, lowest band first.</summary>
    private static readonly (RiskBand Band, int Low, int High)[] Bands =
        [(RiskBand.Low, 1, 4), (RiskBand.Medium, 5, 9), (RiskBand.High, 10, 16), (RiskBand.Critical, 20, 25)];

    /// <summary>Score = probability × impact, each 1–5, so 1–25.</summary>
    public static int Score(int probability, int impact)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 5);
        ArgumentOutOfRangeException.ThrowIfLessThan(impact, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(impact, 5);
        return probability * impact;
    }

    /// <summary>Bands: 1–4 low, 5–9 medium, 10–16 high, 20–25 critical (17–19 cannot occur as a product of 1–5 values; they count as critical).</summary>
    public static RiskBand Band(int score)
    {
        if (score is < 1 or > 25)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A risk score is 1–25.");
        }

        return Bands.First(b => score <= b.High).Band;
    }

    /// <summary>The scores of a band, inclusive (for filtering by band in a query): low 1–4, medium 5–9, high 10–16, critical 20–25.</summary>
    public static (int Low, int High) Range(RiskBand band)
    {
        foreach (var b in Bands)
        {
            if (b.Band == band)
            {
                return (b.Low, b.High);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(band), band, "Unknown risk band.");
    }

    /// <summary>The probability a rating stands for: 1→10%, 2→30%, 3→50%, 4→70%, 5→90%.</summary>
    public static decimal ProbabilityPercent(int probability) => probability is >= 1 and <= 5
        ? Percentages[probability - 1]
        : throw new ArgumentOutOfRangeException(nameof(probability), probability, "Probability is rated 1–5.");

    /// <summary>Exposure = probability% × cost impact (money); 0 without a cost impact.</summary>
    public static decimal Exposure(int probability, decimal? costImpact) => ProbabilityPercent(probability) * (costImpact ?? 0m);

    /// <summary>
    /// An entry's exposure as an expression a query provider translates (a SQL CASE over the same percentages): 0 for an
    /// entry without a probability or cost impact. For sorting in the database.
    /// </summary>
    public static Expression<Func<RaidEntry, decimal>> ExposureOf { get; } = BuildExposureOf();

    private static Expression<Func<RaidEntry, decimal>> BuildExposureOf()
    {
        var e = Expression.Parameter(typeof(RaidEntry), "e");
        var probability = Expression.Property(e, nameof(RaidEntry.Probability));
        Expression percent = Expression.Constant(0m);
        for (var rating = Percentages.Length; rating >= 1; rating--)
        {
            percent = Expression.Condition(Expression.Equal(probability, Expression.Constant(rating, typeof(int?))),
                Expression.Constant(Percentages[rating - 1]), percent);
        }

        var cost = Expression.Coalesce(Expression.Property(e, nameof(RaidEntry.CostImpact)), Expression.Constant(0m));
        return Expression.Lambda<Func<RaidEntry, decimal>>(Expression.Multiply(cost, percent), e);
    }
}
