using TpmHub.Core.Audit;

namespace TpmHub.Web.Features.Projects;

public sealed record ProjectHistoryRow(DateTimeOffset At, string? UserName, string EntityType, string EntityId, string Action, IReadOnlyList<AuditChange> Changes);
