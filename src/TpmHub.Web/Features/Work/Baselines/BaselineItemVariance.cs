using TpmHub.Web.Features.Work.Items;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Schedule;
using TpmHub.Web.Features.Work.Gantt;

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
