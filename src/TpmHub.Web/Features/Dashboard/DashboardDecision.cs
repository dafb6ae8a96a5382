namespace TpmHub.Web.Features.Dashboard;

/// <summary>A recent decision as a sponsor reads it: what was decided, when, and whether it still stands.</summary>
public sealed record DashboardDecision(string Key, string Title, string Outcome, DateOnly? DecidedOn, string Decision);
