using System.Text.RegularExpressions;
using TpmHub.Core.Common;

namespace TpmHub.Core.Projects;

/// <summary>The invariants of a project's editable fields, checked before anything is saved.</summary>
public static partial class ProjectRules
{
    public const int NameMaxLength = 120;
    public const int DescriptionMaxLength = 10_000;
    public const int ObjectivesMaxLength = 10_000;

    [GeneratedRegex("^[A-Z]{2,10}$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    public static bool IsValidKey(string? key) => key is not null && KeyPattern().IsMatch(key);

    /// <summary>
    /// Checks a draft; field names are the camelCase names the API and the forms use.
    /// </summary>
    public static ValidationErrors Validate(ProjectDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new ValidationErrors();

        if (!IsValidKey(draft.Key))
        {
            errors.Add("key", "Key must be 2–10 capital letters (A–Z), e.g. CLD.");
        }

        // Text the database cannot store is refused first, field by field (InputLimits decides what that is).
        InputLimits.Text("name", draft.Name, errors);
        InputLimits.Text("ownerId", draft.OwnerId, errors);
        InputLimits.Text("description", draft.Description, errors);
        InputLimits.Text("objectives", draft.Objectives, errors);

        var name = draft.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add("name", "Name is required.");
        }
        else if (name.Length > NameMaxLength)
        {
            errors.Add("name", $"Name must be at most {NameMaxLength} characters.");
        }

        if (draft.Kind is null || !Enum.IsDefined(draft.Kind.Value))
        {
            errors.Add("kind", "Kind must be one of cloudMigration, softwareDelivery, infrastructureUpgrade, cybersecurity, other.");
        }

        if (draft.Phase is null || !Enum.IsDefined(draft.Phase.Value))
        {
            errors.Add("phase", "Phase must be one of initiation, planning, design, build, test, deploy, operate, closed.");
        }

        if (draft.Status is null || !Enum.IsDefined(draft.Status.Value))
        {
            errors.Add("status", "Status must be one of proposed, active, onHold, completed, cancelled.");
        }

        if (string.IsNullOrWhiteSpace(draft.OwnerId) && !errors.Has("ownerId"))
        {
            errors.Add("ownerId", "Owner is required.");
        }

        if (draft.StartDate is null)
        {
            errors.Add("startDate", "Start date is required.");
        }
        else
        {
            InputLimits.Date("startDate", draft.StartDate, errors);
        }

        if (draft.TargetDate is null)
        {
            errors.Add("targetDate", "Target date is required.");
        }
        else if (InputLimits.Date("targetDate", draft.TargetDate, errors) && draft.StartDate is not null && draft.TargetDate < draft.StartDate)
        {
            errors.Add("targetDate", "Target date must not be before the start date.");
        }

        if (draft.Currency is null || !CurrencyPattern().IsMatch(draft.Currency))
        {
            errors.Add("currency", "Currency must be a three-letter ISO 4217 code such as USD or EUR.");
        }

        if ((draft.Description?.Length ?? 0) > DescriptionMaxLength)
        {
            errors.Add("description", $"Description must be at most {DescriptionMaxLength} characters.");
        }

        if ((draft.Objectives?.Length ?? 0) > ObjectivesMaxLength)
        {
            errors.Add("objectives", $"Objectives must be at most {ObjectivesMaxLength} characters.");
        }

        return errors;
    }
}
