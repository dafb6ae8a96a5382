namespace TpmHub.Core.Meetings;

/// <summary>Where a suggestion stands: open until a lead accepts it (an item is created) or rejects it.</summary>
public enum SuggestionState
{
    Open,
    Accepted,
    Rejected,
}
