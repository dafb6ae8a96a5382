namespace TpmHub.Core.Risks;

/// <summary>Risk scoring exactly as DESIGN.md fixes it.</summary>
public static class RiskScore
{
    /// <summary>Score = probability × impact, each 1–5, so 1–25.</summary>
    public static int Score(int probability, int impact)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 5);
        ArgumentOutOfRangeException.ThrowIfLessThan(impact, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(impact, 5);
        return probability * impact;
    }

    /// <summary>Bands: 1–4 low, 5–9 medium, 10–16 high, 20–25 critical (17–19 cannot occur as a product of 1–5 values).</summary>
    public static RiskBand Band(int score) => score switch
    {
        < 1 or > 25 => throw new ArgumentOutOfRangeException(nameof(score), score, "A risk score is 1–25."),
        <= 4 => RiskBand.Low,
        <= 9 => RiskBand.Medium,
        <= 16 => RiskBand.High,
        _ => RiskBand.Critical,
    };

    /// <summary>The probability a rating stands for: 1→10%, 2→30%, 3→50%, 4→70%, 5→90%.</summary>
    public static decimal ProbabilityPercent(int probability) => probability switch
    {
        1 => 0.10m,
        2 => 0.30m,
        3 => 0.50m,
        4 => 0.70m,
        5 => 0.90m,
        _ => throw new ArgumentOutOfRangeException(nameof(probability), probability, "Probability is rated 1–5."),
    };

    /// <summary>Exposure = probability% × cost impact (money); 0 without a cost impact.</summary>
    public static decimal Exposure(int probability, decimal? costImpact) => ProbabilityPercent(probability) * (costImpact ?? 0m);
}
