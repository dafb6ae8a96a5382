namespace TpmHub.Core.People;

/// <summary>
/// Someone who works on the portfolio's projects; not necessarily a user (<see cref="UserId"/> links one). Their rates
/// (<see cref="PersonRate"/>), skills (<see cref="PersonSkill"/>) and time off (<see cref="PersonTimeOff"/>) are rows of
/// their own.
/// </summary>
public sealed class Person
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string? Email { get; set; }

    /// <summary>The TpmHub user this person is, when they are one (at most one person per user).</summary>
    public string? UserId { get; set; }

    public string Title { get; set; } = "";

    public string Team { get; set; } = "";

    public string Location { get; set; } = "";

    /// <summary>Hours a week they can work (before time off and holidays).</summary>
    public decimal WeeklyCapacityHours { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
