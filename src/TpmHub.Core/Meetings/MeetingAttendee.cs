namespace TpmHub.Core.Meetings;

/// <summary>Someone at a meeting: a project member (user id), a stakeholder of the register, or a guest by name and email.</summary>
public sealed class MeetingAttendee
{
    public Guid Id { get; set; }

    public Guid MeetingId { get; set; }

    /// <summary>Position in the list as entered.</summary>
    public int Position { get; set; }

    public string Name { get; set; } = "";

    public string? Email { get; set; }

    /// <summary>The handle notes use (<c>@maria</c>), stored without the @.</summary>
    public string? Handle { get; set; }

    public string? UserId { get; set; }

    public Guid? StakeholderId { get; set; }
}
