namespace TpmHub.Core.Decisions;

/// <summary>An entry of a project's decision log (an architecture-decision-record style entry), keyed <c>CLD-D4</c>.</summary>
public sealed class Decision
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    /// <summary>Per-project sequence number; the key is <c>{project key}-D{number}</c>.</summary>
    public int Number { get; set; }

    public string Key { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The situation that called for a decision.</summary>
    public string Context { get; set; } = "";

    /// <summary>What was decided (the API calls it <c>decision</c>; a member cannot share its class's name).</summary>
    public string Outcome { get; set; } = "";

    public string Alternatives { get; set; } = "";

    public string Consequences { get; set; } = "";

    /// <summary>Who decided, as a name (not necessarily a user).</summary>
    public string DecidedBy { get; set; } = "";

    public DateOnly? DecidedOn { get; set; }

    public DecisionStatus Status { get; set; }

    /// <summary>The decision of the same project that replaced this one (set exactly when the status is superseded).</summary>
    public Guid? SupersededById { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
