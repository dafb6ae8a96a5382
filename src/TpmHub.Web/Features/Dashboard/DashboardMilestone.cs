namespace TpmHub.Web.Features.Dashboard;

/// <summary>A milestone: its date now, its date in the latest baseline, and how many working days later (negative: earlier).</summary>
public sealed record DashboardMilestone(string Key, string Title, DateOnly? Date, DateOnly? BaselineDate, int? SlipDays, bool Done);
