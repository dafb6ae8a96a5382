namespace TpmHub.Web.Features.Dashboard;

/// <summary>The latest published status report: where to read it and for which period.</summary>
public sealed record DashboardReport(Guid Id, string Title, DateOnly PeriodStart, DateOnly PeriodEnd, DateTimeOffset? PublishedAt);
