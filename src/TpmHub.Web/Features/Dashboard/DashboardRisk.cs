namespace TpmHub.Web.Features.Dashboard;

/// <summary>An open risk as a sponsor reads it: how likely, how bad, who owns it and what is being done.</summary>
public sealed record DashboardRisk(string Key, string Title, int Score, string Band, int ProbabilityPercent, string? Owner, string Response, string Mitigation);
