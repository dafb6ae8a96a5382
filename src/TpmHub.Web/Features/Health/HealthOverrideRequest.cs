namespace TpmHub.Web.Features.Health;

/// <summary>A lead's override of the computed health: <c>rating</c> green|amber|red and the reason (required).</summary>
public sealed record HealthOverrideRequest(string? Rating, string? Reason);
