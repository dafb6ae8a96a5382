using TpmHub.Web.Features.Work.Items;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Schedule;
using TpmHub.Web.Features.Work.Gantt;

namespace TpmHub.Web.Features.Work.Baselines;

public sealed record BaselineRow(Guid Id, string Name, DateOnly? ProjectFinish, int ItemCount, string? CreatedBy, DateTimeOffset CreatedAt);
