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
}
