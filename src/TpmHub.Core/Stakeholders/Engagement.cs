namespace TpmHub.Core.Stakeholders;

/// <summary>How engaged a stakeholder is with the project, from least to most (the order matters: a gap is desired − current).</summary>
public enum Engagement
{
    Unaware,
    Resistant,
    Neutral,
    Supportive,
    Leading,
}
