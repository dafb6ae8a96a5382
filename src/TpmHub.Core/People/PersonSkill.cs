namespace TpmHub.Core.People;

/// <summary>A skill of a person at a level from 1 (aware) to 5 (expert).</summary>
public sealed class PersonSkill
{
    public Guid PersonId { get; set; }

    public string Name { get; set; } = "";

    public int Level { get; set; }
}
