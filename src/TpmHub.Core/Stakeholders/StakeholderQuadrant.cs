namespace TpmHub.Core.Stakeholders;

/// <summary>Where a stakeholder sits on the power/interest grid (high = 3 or more on the 1–5 scales).</summary>
public enum StakeholderQuadrant
{
    /// <summary>High power, high interest.</summary>
    ManageClosely,

    /// <summary>High power, low interest.</summary>
    KeepSatisfied,

    /// <summary>Low power, high interest.</summary>
    KeepInformed,

    /// <summary>Low power, low interest.</summary>
    Monitor,
}
