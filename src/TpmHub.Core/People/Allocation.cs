namespace TpmHub.Core.People;

/// <summary>A person on a project at a percent of their weekly capacity, from and to inclusive.</summary>
public sealed class Allocation
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public Guid PersonId { get; set; }

    public int Percent { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
