using TpmHub.Core.Work;

namespace TpmHub.Web.Features.Work.Items;

/// <summary>A work item with its computed schedule, as the API returns it and the pages show it.</summary>
public sealed record WorkItemDetails(
    string Key,
    string ProjectKey,
    WorkItemType Type,
    string Title,
    string Description,
    WorkItemStatus Status,
    WorkItemPriority Priority,
    string? AssigneeId,
    string? AssigneeName,
    string? ParentKey,
    int DurationDays,
    decimal Budget,
    int PercentComplete,
    DateOnly? StartNoEarlierThan,
    WorkItemEstimate? Estimate,
    DateOnly? ActualStart,
    DateOnly? ActualFinish,
    DateOnly? PlannedStart,
    DateOnly? PlannedFinish,
    DateOnly? LateStart,
    DateOnly? LateFinish,
    int? TotalFloat,
    int? FreeFloat,
    bool Critical,
    int? StartOffset,
    int? FinishOffset,
    uint Version,
    DateOnly? DueDate = null);
