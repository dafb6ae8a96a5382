namespace TpmHub.Core.Work;

/// <summary>The editable fields of a work item as supplied, before validation.</summary>
public sealed record WorkItemDraft(
    string? Title,
    WorkItemType? Type,
    WorkItemStatus? Status,
    WorkItemPriority? Priority,
    string? Description,
    string? AssigneeId,
    string? ParentKey,
    int? DurationDays,
    decimal? Budget,
    int? PercentComplete,
    DateOnly? StartNoEarlierThan,
    decimal? Optimistic,
    decimal? MostLikely,
    decimal? Pessimistic,
    DateOnly? ActualStart,
    DateOnly? ActualFinish,
    DateOnly? DueDate = null);
