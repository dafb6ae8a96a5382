namespace TpmHub.Core.Communications;

/// <summary>One line of a project's communication plan: who hears what, how, how often, and when it is next due.</summary>
public sealed class Communication
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    /// <summary>Who it is for, as people say it ("Steering committee", "Network team").</summary>
    public string Audience { get; set; } = "";

    /// <summary>The message or content that goes out.</summary>
    public string What { get; set; } = "";

    /// <summary>How it goes out ("Email", "Steering meeting", "Slack #cld").</summary>
    public string Channel { get; set; } = "";

    public CommunicationFrequency Frequency { get; set; }

    /// <summary>The project member who sends it, when one is named.</summary>
    public string? OwnerId { get; set; }

    public DateOnly NextDue { get; set; }

    /// <summary>When it last went out (set by "mark sent").</summary>
    public DateOnly? LastSentOn { get; set; }

    public string Notes { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public uint Version { get; set; }
}
