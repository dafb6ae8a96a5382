namespace TpmHub.Core.Projects;

/// <summary>One part of a project's computed health (schedule, budget or risk): its rating, or none when there is nothing to rate yet, and why in a sentence.</summary>
public sealed record HealthPart(ProjectHealth? Rating, string Reason);
