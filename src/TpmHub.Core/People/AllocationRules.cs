using TpmHub.Core.Common;

namespace TpmHub.Core.People;

/// <summary>Validation of an allocation: 1–100 % of the person's capacity, from a day to a day on or after it.</summary>
public static class AllocationRules
{
    public static ValidationErrors Validate(int? percent, DateOnly? from, DateOnly? to)
    {
        var errors = new ValidationErrors();
        if (percent is not { } p)
        {
            errors.Add("percent", "Give the share of their capacity (1–100 %).");
        }
        else if (p is < 1 or > 100)
        {
            errors.Add("percent", "percent must be between 1 and 100.");
        }

        if (from is null)
        {
            errors.Add("from", "Give the first day (yyyy-MM-dd).");
        }
        else
        {
            InputLimits.Date("from", from, errors);
        }

        if (to is null)
        {
            errors.Add("to", "Give the last day (yyyy-MM-dd).");
        }
        else if (InputLimits.Date("to", to, errors) && from is { } f && to < f)
        {
            errors.Add("to", $"The allocation ends ({to:yyyy-MM-dd}) before it starts ({f:yyyy-MM-dd}).");
        }

        return errors;
    }

    public const int RoleMaxLength = 200;
    public const int MaxRequirements = 20;

    /// <summary>
    /// Who or what the allocation is for: a person, or a placeholder — a role (required then) with up to
    /// <see cref="MaxRequirements"/> needs: skills by name at a level 1–5, certifications by code, none twice.
    /// </summary>
    public static ValidationErrors ValidateFor(Guid? personId, string? role, IReadOnlyList<RoleRequirement> requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        var errors = new ValidationErrors();
        var trimmed = role?.Trim();
        if (personId is null && string.IsNullOrEmpty(trimmed))
        {
            errors.Add("personId", "Say who is allocated (personId), or describe the role to fill (role) for a placeholder.");
        }

        if (trimmed is { Length: > RoleMaxLength })
        {
            errors.Add("role", $"role must be at most {RoleMaxLength} characters.");
        }

        if (requirements.Count > MaxRequirements)
        {
            errors.Add("requirements", $"A role lists at most {MaxRequirements} skills and certifications.");
            return errors;
        }

        var seen = new HashSet<(RequirementKind, string)>();
        for (var i = 0; i < requirements.Count; i++)
        {
            var r = requirements[i];
            var field = $"requirements[{i}]";
            if (string.IsNullOrWhiteSpace(r.Name))
            {
                errors.Add($"{field}.name", r.Kind == RequirementKind.Skill ? "Name the skill." : "Give the certification's code (e.g. PMP).");
                continue;
            }

            if (r.Name.Trim().Length > PersonRules.SkillNameMaxLength)
            {
                errors.Add($"{field}.name", $"name must be at most {PersonRules.SkillNameMaxLength} characters.");
            }
            else if (!seen.Add((r.Kind, r.Name.Trim().ToUpperInvariant())))
            {
                errors.Add($"{field}.name", $"{r.Name.Trim()} is listed twice.");
            }

            if (r.Kind == RequirementKind.Skill && r.MinLevel is not (>= PersonRules.MinSkillLevel and <= PersonRules.MaxSkillLevel))
            {
                errors.Add($"{field}.minLevel", $"A skill needs a minimum level from {PersonRules.MinSkillLevel} to {PersonRules.MaxSkillLevel}.");
            }
        }

        return errors;
    }
}
