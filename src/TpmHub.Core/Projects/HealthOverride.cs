namespace TpmHub.Core.Projects;

/// <summary>A rating a lead set by hand over the computed one, with the reason they must give, who set it and when.</summary>
public sealed record HealthOverride(ProjectHealth Rating, string Reason, string ByUserId, string By, DateTimeOffset At);
