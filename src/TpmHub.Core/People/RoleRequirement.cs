namespace TpmHub.Core.People;

/// <summary>What a placeholder's role needs.</summary>
public enum RequirementKind
{
    /// <summary>A skill (matched by name, any case) at <see cref="RoleRequirement.MinLevel"/> or above.</summary>
    Skill,

    /// <summary>A certification of the catalogue (by code, e.g. PMP) held and not expired when the allocation starts.</summary>
    Certification,
}

/// <summary>One need of a role: a skill at a minimum level or a certification; a preferred one ranks people, a required one filters them.</summary>
public sealed class RoleRequirement
{
    public RequirementKind Kind { get; set; }

    /// <summary>The skill's name, or the certification's code (upper case).</summary>
    public string Name { get; set; } = "";

    /// <summary>For a skill: the least level (1–5) that counts; null for a certification.</summary>
    public int? MinLevel { get; set; }

    /// <summary>Nice to have: people without it still match, people with it rank higher.</summary>
    public bool Preferred { get; set; }
}
