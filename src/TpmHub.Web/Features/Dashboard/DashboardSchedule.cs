namespace TpmHub.Web.Features.Dashboard;

/// <summary>The forecast finish against the latest baseline (null without one), with the sentence a sponsor reads.</summary>
public sealed record DashboardSchedule(string? BaselineName, DateOnly? BaselineFinish, DateOnly? ForecastFinish, int? SlipDays, string Sentence);
