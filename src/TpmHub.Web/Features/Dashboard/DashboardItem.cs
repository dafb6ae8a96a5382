namespace TpmHub.Web.Features.Dashboard;

/// <summary>Unfinished work on the critical path that is late against the baseline or past its finish date, and why in a sentence.</summary>
public sealed record DashboardItem(string Key, string Title, DateOnly Start, DateOnly Finish, int PercentComplete, string Why);
