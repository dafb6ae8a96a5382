
namespace TpmHub.Web.Features.Work.Baselines;

public sealed record BaselineRow(Guid Id, string Name, DateOnly? ProjectFinish, int ItemCount, string? CreatedBy, DateTimeOffset CreatedAt);
