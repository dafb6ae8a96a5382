using TpmHub.Core.Common;

namespace TpmHub.Core.Budget;

/// <summary>The invariants of budget lines, expenses and dated progress.</summary>
public static class BudgetRules
{
    public const int NoteMaxLength = 2_000;
    public const int VendorMaxLength = 200;
    public const int ReferenceMaxLength = 100;

    /// <summary>How far ahead an expense may be dated (an invoice booked ahead, not a typo in the year).</summary>
    public const int ExpenseMaxDaysAhead = 366;

    /// <summary>The share of a category's budget spent from which it is flagged, unless the lead sets another.</summary>
    public const int DefaultWarningPercent = 90;

    /// <summary>An amount of money that must be given and be more than zero (within <see cref="InputLimits.Money"/>).</summary>
    public static bool PositiveAmount(string field, decimal? amount, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (amount is not { } value)
        {
            errors.Add(field, $"{field} is required.");
            return false;
        }

        if (value <= 0m)
        {
            errors.Add(field, $"{field} must be more than 0 (a refund is an expense of kind \"refund\" with a positive amount).");
            return false;
        }

        return InputLimits.Money(field, value, errors);
    }

    /// <summary>An expense date: within the app's window and at most <see cref="ExpenseMaxDaysAhead"/> days after today.</summary>
    public static bool ExpenseDate(string field, DateOnly? date, DateOnly today, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (date is not { } value)
        {
            errors.Add(field, $"{field} is required (yyyy-MM-dd).");
            return false;
        }

        if (!InputLimits.Date(field, value, errors))
        {
            return false;
        }

        if (value > today.AddDays(ExpenseMaxDaysAhead))
        {
            errors.Add(field, $"{field} cannot be more than a year after today ({today.AddDays(ExpenseMaxDaysAhead):yyyy-MM-dd}).");
            return false;
        }

        return true;
    }

    /// <summary>A progress status date: on or after the project start and not after today.</summary>
    public static bool ProgressDate(string field, DateOnly asOf, DateOnly projectStart, DateOnly today, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (asOf > today)
        {
            errors.Add(field, $"{field} cannot be after today ({today:yyyy-MM-dd}): progress is recorded as it happened.");
            return false;
        }

        if (asOf < projectStart)
        {
            errors.Add(field, $"{field} cannot be before the project start ({projectStart:yyyy-MM-dd}).");
            return false;
        }

        return true;
    }

    /// <summary>The first day of a month written <c>yyyy-MM</c>, within the app's window of dates.</summary>
    public static DateOnly? Month(string field, string? text, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, $"{field} is required (yyyy-MM).");
            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var month))
        {
            errors.Add(field, $"'{text}' is not a month in the form yyyy-MM.");
            return null;
        }

        return InputLimits.Date(field, month, errors) ? month : null;
    }

    /// <summary>A short text: no NUL, at most <paramref name="max"/> characters.</summary>
    public static bool Text(string field, string? text, int max, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!InputLimits.Text(field, text, errors))
        {
            return false;
        }

        if (text is { Length: var length } && length > max)
        {
            errors.Add(field, $"{field} is at most {max} characters.");
            return false;
        }

        return true;
    }
}
