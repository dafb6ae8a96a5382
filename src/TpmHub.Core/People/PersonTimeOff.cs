namespace TpmHub.Core.People;

/// <summary>Days a person is away, from and to inclusive.</summary>
public sealed class PersonTimeOff
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public TimeOffKind Kind { get; set; }
}
