namespace TpmHub.Core.People;

/// <summary>
/// A person on a project at a percent of their weekly capacity, from and to inclusive — or, before anyone is known, a
/// <b>placeholder</b>: no person, a <see cref="Role"/> ("Cloud architect") and the skills and certifications it needs
/// (<see cref="Requirements"/>). Assigning a person to a placeholder keeps its percent, dates, role and requirements.
/// </summary>
public sealed class Allocation
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    /// <summary>Who is allocated; null for a placeholder.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>The role the allocation fills ("Cloud architect, AWS"); required for a placeholder, optional for a person.</summary>
    public string? Role { get; set; }

    /// <summary>What the role needs: skills at a minimum level and certifications, each required or only preferred.</summary>
    public List<RoleRequirement> Requirements { get; set; } = [];

    /// <summary>True while no person fills the allocation.</summary>
    public bool IsPlaceholder => PersonId is null;

    public int Percent { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
