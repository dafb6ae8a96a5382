namespace TpmHub.Core.Meetings;

/// <summary>A meeting of a project: when, who, the agenda, and the notes its suggestions are recognised in.</summary>
public sealed class Meeting
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    /// <summary>The series this meeting belongs to (the id of the series' first meeting), or null for a one-off.</summary>
    public Guid? SeriesId { get; set; }

    public string Title { get; set; } = "";

    public MeetingType Type { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The start time, in the project's working time zone as people write it; null for an all-day entry.</summary>
    public TimeOnly? Time { get; set; }

    public int DurationMinutes { get; set; } = MeetingRules.DefaultDurationMinutes;

    /// <summary>Markdown as the lead typed or pasted it.</summary>
    public string Notes { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
