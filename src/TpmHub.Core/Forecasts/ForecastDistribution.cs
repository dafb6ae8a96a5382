namespace TpmHub.Core.Forecasts;

/// <summary>How a three-point estimate (O, M, P working days) is turned into a distribution of durations.</summary>
public enum ForecastDistribution
{
    /// <summary>Triangular on [O, P] with its mode at M (mean (O + M + P) / 3).</summary>
    Triangular,

    /// <summary>
    /// PERT: a beta distribution scaled to [O, P] with α = 1 + 4(M − O)/(P − O) and β = 1 + 4(P − M)/(P − O)
    /// (mean (O + 4M + P) / 6, mode M).
    /// </summary>
    Pert,
}
