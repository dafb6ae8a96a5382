using System.Globalization;
using TpmHub.Core.Common;
using TpmHub.Core.Work;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Work.Items;

/// <summary>
/// A work item as the API accepts it (POST, PUT, PATCH). Enums and dates arrive as text so a wrong value
/// gets a field-named message. For PATCH, fields left out (null) keep their current value.
/// </summary>
public sealed record WorkItemRequest(
    string? Title,
    string? Type,
    string? Status,
    string? Priority,
    string? Description,
    string? AssigneeId,
    string? ParentKey,
    int? DurationDays,
    decimal? Budget,
    int? PercentComplete,
    string? StartNoEarlierThan,
    WorkItemEstimate? Estimate,
    string? ActualStart,
    string? ActualFinish,
    uint? Version,
    string? DueDate = null)
{
    /// <summary>Parses onto <paramref name="current"/> (PATCH) or onto nothing (POST, PUT).</summary>
    public Result<WorkItemDraft> ToDraft(WorkItemDraft? current, bool requireVersion)
    {
        var errors = new ValidationErrors();
        var type = Parse(Type, "type", errors, current?.Type);
        var status = Parse(Status, "status", errors, current?.Status);
        var priority = Parse(Priority, "priority", errors, current?.Priority);
        var snet = Date(StartNoEarlierThan, "startNoEarlierThan", errors, current?.StartNoEarlierThan);
        var actualStart = Date(ActualStart, "actualStart", errors, current?.ActualStart);
        var actualFinish = Date(ActualFinish, "actualFinish", errors, current?.ActualFinish);
        var dueDate = Date(DueDate, "dueDate", errors, current?.DueDate);
        if (requireVersion && Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        var duration = DurationDays ?? current?.DurationDays ?? (type == WorkItemType.Milestone ? 0 : null);
        var draft = new WorkItemDraft(
            Title ?? current?.Title,
            type,
            status,
            priority,
            Description ?? current?.Description,
            AssigneeId is null ? current?.AssigneeId : AssigneeId.Length == 0 ? null : AssigneeId,
            ParentKey is null ? current?.ParentKey : ParentKey.Length == 0 ? null : ParentKey,
            duration,
            Budget ?? current?.Budget,
            PercentComplete ?? current?.PercentComplete,
            snet,
            Estimate is null ? current?.Optimistic : Estimate.Optimistic,
            Estimate is null ? current?.MostLikely : Estimate.MostLikely,
            Estimate is null ? current?.Pessimistic : Estimate.Pessimistic,
            actualStart,
            actualFinish,
            dueDate);
        if (errors.Any)
        {
            var parsed = errors.ToDictionary().Keys.ToHashSet();
            foreach (var (field, messages) in WorkItemRules.Validate(draft).ToDictionary())
            {
                if (!parsed.Contains(field))
                {
                    foreach (var message in messages)
                    {
                        errors.Add(field, message);
                    }
                }
            }

            return errors.ToError();
        }

        return draft;
    }

    private static T? Parse<T>(string? text, string field, ValidationErrors errors, T? fallback) where T : struct, Enum
    {
        if (text is null)
        {
            return fallback;
        }

        if (EnumText.TryParse<T>(text, out var value))
        {
            return value;
        }

        errors.Add(field, $"'{text}' is not a valid {field}; use one of {string.Join(", ", Enum.GetValues<T>().Select(EnumText.ToApi))}.");
        return fallback;
    }

    /// <summary>Null keeps the current value; an empty string clears it.</summary>
    private static DateOnly? Date(string? text, string field, ValidationErrors errors, DateOnly? fallback)
    {
        if (text is null)
        {
            return fallback;
        }

        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, $"'{text}' is not a date in the form yyyy-MM-dd.");
        return fallback;
    }
}
