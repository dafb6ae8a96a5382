using TpmHub.Core.Common;

namespace TpmHub.Core.Work;

/// <summary>The invariants of a work item's editable fields.</summary>
public static class WorkItemRules
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 20_000;
    public const int MaxDurationDays = InputLimits.MaxDurationDays;
    public const int MaxLagDays = InputLimits.MaxLagDays;

    public static ValidationErrors Validate(WorkItemDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new ValidationErrors();
        // Text the database cannot store, and dates outside the window, are refused field by field (InputLimits).
        InputLimits.Text("title", draft.Title, errors);
        InputLimits.Text("description", draft.Description, errors);
        InputLimits.Text("assigneeId", draft.AssigneeId, errors);
        InputLimits.Text("parentKey", draft.ParentKey, errors);
        InputLimits.Date("startNoEarlierThan", draft.StartNoEarlierThan, errors);
        InputLimits.Date("dueDate", draft.DueDate, errors);
        InputLimits.Date("actualStart", draft.ActualStart, errors);
        InputLimits.Date("actualFinish", draft.ActualFinish, errors);
        var title = draft.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors.Add("title", "Title is required.");
        }
        else if (title.Length > TitleMaxLength)
        {
            errors.Add("title", $"Title must be at most {TitleMaxLength} characters.");
        }

        if (draft.Type is null || !Enum.IsDefined(draft.Type.Value))
        {
            errors.Add("type", "Type must be one of epic, task, bug, milestone.");
        }

        if (draft.Status is { } status && !Enum.IsDefined(status))
        {
            errors.Add("status", "Status must be one of backlog, toDo, inProgress, review, done.");
        }

        if (draft.Priority is { } priority && !Enum.IsDefined(priority))
        {
            errors.Add("priority", "Priority must be one of low, medium, high, critical.");
        }

        if ((draft.Description?.Length ?? 0) > DescriptionMaxLength)
        {
            errors.Add("description", $"Description must be at most {DescriptionMaxLength} characters.");
        }

        if (draft.DurationDays is null)
        {
            errors.Add("durationDays", "Duration in working days is required (0 for a milestone).");
        }
        else if (InputLimits.Duration("durationDays", draft.DurationDays, errors) && draft.Type == WorkItemType.Milestone && draft.DurationDays != 0)
        {
            errors.Add("durationDays", "A milestone has a duration of 0 days.");
        }

        InputLimits.Percent("percentComplete", draft.PercentComplete, errors);
        InputLimits.Money("budget", draft.Budget, errors);

        ValidateEstimate(draft, errors);

        if (draft.ActualStart is { } start && draft.ActualFinish is { } finish && finish < start && !errors.Has("actualFinish"))
        {
            errors.Add("actualFinish", "Actual finish must not be before the actual start.");
        }

        return errors;
    }

    /// <summary>A three-point estimate is all or nothing, non-negative, and optimistic ≤ most likely ≤ pessimistic.</summary>
    private static void ValidateEstimate(WorkItemDraft draft, ValidationErrors errors)
    {
        var given = new[] { draft.Optimistic, draft.MostLikely, draft.Pessimistic }.Count(v => v is not null);
        if (given == 0)
        {
            return;
        }

        if (given < 3)
        {
            errors.Add("estimate", "Give all three of optimistic, most likely and pessimistic, or none.");
            return;
        }

        if (draft.Optimistic < 0)
        {
            errors.Add("estimate.optimistic", "Estimates cannot be negative.");
        }

        if (draft.Optimistic > draft.MostLikely)
        {
            errors.Add("estimate.mostLikely", "Most likely must be at least the optimistic estimate.");
        }

        if (draft.MostLikely > draft.Pessimistic)
        {
            errors.Add("estimate.pessimistic", "Pessimistic must be at least the most likely estimate.");
        }

        if (draft.Pessimistic > MaxDurationDays)
        {
            errors.Add("estimate.pessimistic", $"Estimates must be at most {MaxDurationDays} working days.");
        }
    }
}
