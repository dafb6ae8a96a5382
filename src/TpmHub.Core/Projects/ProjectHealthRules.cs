using TpmHub.Core.Common;

namespace TpmHub.Core.Projects;

/// <summary>The rules of a project's health that are not one part's: the override and which rating counts.</summary>
public static class ProjectHealthRules
{
    public const int ReasonMaxLength = 1_000;

    /// <summary>An override needs a rating and a reason (any rating: a lead may also say "green, whatever the numbers say").</summary>
    public static ValidationErrors ValidateOverride(string? rating, string? reason, out ProjectHealth? parsed)
    {
        var errors = new ValidationErrors();
        parsed = null;
        if (string.IsNullOrWhiteSpace(rating))
        {
            errors.Add("rating", "Rating is required: green, amber or red.");
        }
        else if (Enum.TryParse<ProjectHealth>(rating.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(rating, out _))
        {
            parsed = value;
        }
        else
        {
            errors.Add("rating", $"'{rating}' is not a rating; use green, amber or red.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add("reason", "Say why you override the computed health; the reason is shown beside the rating.");
        }
        else if (reason.Length > ReasonMaxLength)
        {
            errors.Add("reason", $"Reason must be at most {ReasonMaxLength} characters.");
        }
        else
        {
            InputLimits.Text("reason", reason, errors);
        }

        return errors;
    }

    /// <summary>The rating that counts: the override when a lead set one, else the computed rating.</summary>
    public static ProjectHealth Effective(ComputedHealth computed, HealthOverride? manual)
    {
        ArgumentNullException.ThrowIfNull(computed);
        return manual?.Rating ?? computed.Rating;
    }

    /// <summary>The sentence shown beside the effective rating.</summary>
    public static string EffectiveReason(ComputedHealth computed, HealthOverride? manual)
    {
        ArgumentNullException.ThrowIfNull(computed);
        return manual is not null ? $"Set by hand by {manual.By}: {manual.Reason}" : computed.Reasons[0];
    }
}
