using TpmHub.Core.Work;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Work.Items;

/// <summary>The mutable model behind the work-item dialog.</summary>
public sealed class WorkItemForm
{
    public string? Title { get; set; }

    public WorkItemType Type { get; set; } = WorkItemType.Task;

    public WorkItemStatus Status { get; set; } = WorkItemStatus.ToDo;

    public WorkItemPriority Priority { get; set; } = WorkItemPriority.Medium;

    public string? Description { get; set; }

    public string? AssigneeId { get; set; }

    public string? ParentKey { get; set; }

    public int DurationDays { get; set; } = 5;

    public decimal Budget { get; set; }

    public int PercentComplete { get; set; }

    public DateTime? StartNoEarlierThan { get; set; }

    public decimal? Optimistic { get; set; }

    public decimal? MostLikely { get; set; }

    public decimal? Pessimistic { get; set; }

    public DateTime? ActualStart { get; set; }

    public DateTime? ActualFinish { get; set; }

    public DateTime? DueDate { get; set; }

    public uint Version { get; set; }

    public WorkItemDraft ToDraft() => new(
        Title, Type, Status, Priority, Description, string.IsNullOrEmpty(AssigneeId) ? null : AssigneeId,
        string.IsNullOrEmpty(ParentKey) ? null : ParentKey, Type == WorkItemType.Milestone ? 0 : DurationDays, Budget, PercentComplete,
        FormDates.ToDateOnly(StartNoEarlierThan), Optimistic, MostLikely, Pessimistic, FormDates.ToDateOnly(ActualStart), FormDates.ToDateOnly(ActualFinish),
        FormDates.ToDateOnly(DueDate));

    public static WorkItemForm From(WorkItemDetails item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new WorkItemForm
        {
            Title = item.Title,
            Type = item.Type,
            Status = item.Status,
            Priority = item.Priority,
            Description = item.Description,
            AssigneeId = item.AssigneeId,
            ParentKey = item.ParentKey,
            DurationDays = item.DurationDays,
            Budget = item.Budget,
            PercentComplete = item.PercentComplete,
            StartNoEarlierThan = FormDates.ToDateTime(item.StartNoEarlierThan),
            Optimistic = item.Estimate?.Optimistic,
            MostLikely = item.Estimate?.MostLikely,
            Pessimistic = item.Estimate?.Pessimistic,
            ActualStart = FormDates.ToDateTime(item.ActualStart),
            ActualFinish = FormDates.ToDateTime(item.ActualFinish),
            DueDate = FormDates.ToDateTime(item.DueDate),
            Version = item.Version,
        };
    }

}
