
namespace TpmHub.Web.Features.Work.Baselines;

public sealed record BaselineItemVariance(
    string Key,
    string Title,
    DateOnly? BaselineStart,
    DateOnly? BaselineFinish,
    DateOnly? CurrentStart,
    DateOnly? CurrentFinish,
    int? StartVarianceDays,
    int? FinishVarianceDays,
    decimal? BaselineBudget,
    decimal? CurrentBudget);
