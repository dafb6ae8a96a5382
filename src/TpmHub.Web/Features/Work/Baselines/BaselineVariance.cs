
namespace TpmHub.Web.Features.Work.Baselines;

/// <summary>
/// The current plan against a baseline. Variances are in working days on the project calendar; positive
/// means later than the baseline (a slip). Items added after the baseline have no baseline dates.
/// </summary>
public sealed record BaselineVariance(
    BaselineRow Baseline,
    DateOnly? BaselineFinish,
    DateOnly? CurrentFinish,
    int? FinishVarianceDays,
    IReadOnlyList<BaselineItemVariance> Items);
