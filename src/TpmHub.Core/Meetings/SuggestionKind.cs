namespace TpmHub.Core.Meetings;

/// <summary>What a suggestion recognised in meeting notes would become when accepted.</summary>
public enum SuggestionKind
{
    /// <summary>Something someone will do: becomes a work item with owner and due date.</summary>
    Action,

    /// <summary>Something the meeting decided: becomes a decision-log entry.</summary>
    Decision,

    /// <summary>A risk or concern: becomes a risk in the RAID log.</summary>
    Risk,
}
