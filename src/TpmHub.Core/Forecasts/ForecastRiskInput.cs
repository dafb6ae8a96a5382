using TpmHub.Core.Risks;

namespace TpmHub.Core.Forecasts;

/// <summary>
/// An open risk in a forecast. In each iteration it occurs with <see cref="Probability"/>; when it does, it adds
/// <see cref="ScheduleImpactDays"/> to the duration of each item in <see cref="ItemKeys"/> and <see cref="CostImpact"/>
/// (once) to the iteration's cost.
/// </summary>
/// <param name="Key">The risk's key (<c>CLD-R7</c>); names it among the drivers. Unique among the forecast's risks.</param>
/// <param name="Probability">
/// The chance it occurs in an iteration, 0 … 1. The app passes <see cref="RiskScore.ProbabilityPercent"/> of the 1–5 rating
/// (see <see cref="FromRating"/>); 0 and 1 are allowed (never, always: a what-if).
/// </param>
/// <param name="ScheduleImpactDays">Working days added to each linked item when it occurs (0 … 100,000).</param>
/// <param name="CostImpact">Money added once to the iteration's cost when it occurs (≥ 0).</param>
/// <param name="ItemKeys">The linked work items; a key may be listed once.</param>
public sealed record ForecastRiskInput(string Key, double Probability, int ScheduleImpactDays, decimal CostImpact, IReadOnlyList<string> ItemKeys)
{
    /// <summary>
    /// A risk from the register: its 1–5 probability rating becomes 10/30/50/70/90 % (<see cref="RiskScore.ProbabilityPercent"/>);
    /// an absent schedule or cost impact is 0.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The rating is not 1–5.</exception>
    public static ForecastRiskInput FromRating(string key, int probabilityRating, int? scheduleImpactDays, decimal? costImpact, IReadOnlyList<string> itemKeys) =>
        new(key, (double)RiskScore.ProbabilityPercent(probabilityRating), scheduleImpactDays ?? 0, costImpact ?? 0m, itemKeys);
}
