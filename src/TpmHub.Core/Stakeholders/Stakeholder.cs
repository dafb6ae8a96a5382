namespace TpmHub.Core.Stakeholders;

/// <summary>Someone with a stake in a project: rated for power and interest, with their engagement now and as wanted.</summary>
public sealed class Stakeholder
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public string Name { get; set; } = "";

    public string Organisation { get; set; } = "";

    public string Title { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>The TpmHub user this stakeholder is, when they have an account.</summary>
    public string? UserId { get; set; }

    /// <summary>1 (none) … 5 (decides).</summary>
    public int Power { get; set; }

    /// <summary>1 (none) … 5 (follows every step).</summary>
    public int Interest { get; set; }

    public Engagement Engagement { get; set; }

    public Engagement DesiredEngagement { get; set; }

    /// <summary>How the lead means to move or keep them (Markdown).</summary>
    public string Strategy { get; set; } = "";

    /// <summary>How and how often they want to hear (channel, language, time zone…).</summary>
    public string Preferences { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public uint Version { get; set; }
}
