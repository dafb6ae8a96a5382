using System.Globalization;
using TpmHub.Core.Common;
using TpmHub.Core.Projects;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Projects;

/// <summary>
/// A project as the API accepts it. Enums and dates arrive as text so a wrong value gets a message that
/// names its field instead of a bare JSON error.
/// </summary>
public sealed record ProjectRequest(
    string? Key,
    string? Name,
    string? Kind,
    string? Phase,
    string? Status,
    string? OwnerId,
    string? StartDate,
    string? TargetDate,
    string? Currency,
    string? Description,
    string? Objectives,
    uint? Version)
{
    public Result<ProjectDraft> ToDraft(bool requireVersion)
    {
        var errors = new ValidationErrors();
        var kind = ParseEnum<ProjectKind>(Kind, "kind", errors, required: true);
        var phase = ParseEnum<ProjectPhase>(Phase ?? "initiation", "phase", errors, required: true);
        var status = ParseEnum<ProjectStatus>(Status ?? "proposed", "status", errors, required: true);
        var start = ParseDate(StartDate, "startDate", errors);
        var target = ParseDate(TargetDate, "targetDate", errors);
        if (requireVersion && Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        if (errors.Any)
        {
            // Report the rule violations of the well-formed fields too, so one round trip shows every problem.
            var draft = new ProjectDraft(Key, Name, kind ?? ProjectKind.Other, phase ?? ProjectPhase.Initiation, status ?? ProjectStatus.Proposed,
                OwnerId, start ?? target ?? DateOnly.MinValue, target ?? start ?? DateOnly.MaxValue, Currency ?? "USD", Description, Objectives);
            // Fields that did not parse already carry their message; on an update the key comes from the URL.
            var skip = errors.ToDictionary().Keys.ToHashSet();
            // No owner means the caller (on create) or the current owner (on update): the service fills it in.
            if (string.IsNullOrWhiteSpace(OwnerId))
            {
                skip.Add("ownerId");
            }
            if (requireVersion)
            {
                skip.Add("key");
            }

            foreach (var (field, messages) in ProjectRules.Validate(draft).ToDictionary())
            {
                if (!skip.Contains(field))
                {
                    foreach (var message in messages)
                    {
                        errors.Add(field, message);
                    }
                }
            }

            return errors.ToError();
        }

        return new ProjectDraft(Key, Name, kind, phase, status, OwnerId, start, target, Currency ?? "USD", Description, Objectives);
    }

    private static T? ParseEnum<T>(string? text, string field, ValidationErrors errors, bool required) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, $"{field} is required; one of {string.Join(", ", Enum.GetValues<T>().Select(EnumText.ToApi))}.");
            }

            return null;
        }

        if (EnumText.TryParse<T>(text, out var value))
        {
            return value;
        }

        errors.Add(field, $"'{text}' is not a valid {field}; use one of {string.Join(", ", Enum.GetValues<T>().Select(EnumText.ToApi))}.");
        return null;
    }

    private static DateOnly? ParseDate(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, $"{field} is required (yyyy-MM-dd).");
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, $"'{text}' is not a date in the form yyyy-MM-dd.");
        return null;
    }
}
