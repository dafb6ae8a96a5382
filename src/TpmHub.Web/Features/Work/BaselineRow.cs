namespace TpmHub.Web.Features.Work;

public sealed record BaselineRow(Guid Id, string Name, DateOnly? ProjectFinish, int ItemCount, string? CreatedBy, DateTimeOffset CreatedAt);
