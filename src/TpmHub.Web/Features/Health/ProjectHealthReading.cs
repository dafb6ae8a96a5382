using TpmHub.Core.Projects;

namespace TpmHub.Web.Features.Health;

/// <summary>A project's health as everyone sees it: the rating that counts and why, the computed parts, and the lead's override if any.</summary>
public sealed record ProjectHealthReading(ProjectHealth Effective, string Reason, ComputedHealth Computed, HealthOverride? Override)
{
    public static ProjectHealthReading Of(ComputedHealth computed, HealthOverride? manual) =>
        new(ProjectHealthRules.Effective(computed, manual), ProjectHealthRules.EffectiveReason(computed, manual), computed, manual);
}
