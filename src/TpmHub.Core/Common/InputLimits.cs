using System.Globalization;

namespace TpmHub.Core.Common;

/// <summary>
/// The limits every input is held to, decided once (docs/decisions/0006-input-limits.md): text the database can store,
/// money that fits its column, durations, lags and percentages, and the window of dates the app accepts and computes.
/// Each check adds a field-named message to <see cref="ValidationErrors"/>; the rules of each area call them.
/// </summary>
public static class InputLimits
{
    /// <summary>The largest amount of money accepted (columns are numeric(18, 2); sums of many amounts still fit).</summary>
    public const decimal MaxMoney = 999_999_999_999.99m;

    /// <summary>Money carries at most this many decimals; more would be rounded silently by the column.</summary>
    public const int MoneyDecimals = 2;

    /// <summary>The longest duration (and estimate, and schedule impact) in working days: about 38 years.</summary>
    public const int MaxDurationDays = 10_000;

    /// <summary>The largest lag or lead of a link, in working days either way.</summary>
    public const int MaxLagDays = 10_000;

    /// <summary>The first date accepted in any date field and the first a schedule may reach.</summary>
    public static DateOnly EarliestDate { get; } = new(1990, 1, 1);

    /// <summary>The last date accepted in any date field and the last a computed schedule may reach.</summary>
    public static DateOnly LatestDate { get; } = new(2100, 12, 31);

    /// <summary>The window as people read it: "1990-01-01 and 2100-12-31".</summary>
    public static string WindowText { get; } = $"{EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}";

    /// <summary>True when the text can be stored: PostgreSQL refuses the NUL character (U+0000) in text.</summary>
    public static bool IsStorableText(string? text) => text is null || !text.Contains('\0', StringComparison.Ordinal);

    /// <summary>Refuses text the database cannot store (a NUL character).</summary>
    public static bool Text(string field, string? text, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (IsStorableText(text))
        {
            return true;
        }

        errors.Add(field, $"{field} contains a NUL character (U+0000); remove it.");
        return false;
    }

    /// <summary>Refuses any of <paramref name="texts"/> the database cannot store, naming the field once.</summary>
    public static bool Texts(string field, IEnumerable<string?>? texts, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (texts is null || texts.All(IsStorableText))
        {
            return true;
        }

        errors.Add(field, $"{field} contains a NUL character (U+0000); remove it.");
        return false;
    }

    /// <summary>Money: absent, or 0 ≤ amount ≤ <see cref="MaxMoney"/> with at most <see cref="MoneyDecimals"/> decimals.</summary>
    public static bool Money(string field, decimal? amount, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (amount is not { } value)
        {
            return true;
        }

        if (value < 0)
        {
            errors.Add(field, $"{field} cannot be negative.");
            return false;
        }

        if (value > MaxMoney)
        {
            errors.Add(field, $"{field} must be at most {MaxMoney.ToString("N2", CultureInfo.InvariantCulture)}.");
            return false;
        }

        if (decimal.Round(value, MoneyDecimals) != value)
        {
            errors.Add(field, $"{field} has at most {MoneyDecimals} decimals.");
            return false;
        }

        return true;
    }

    /// <summary>A date: absent, or within <see cref="EarliestDate"/> … <see cref="LatestDate"/>.</summary>
    public static bool Date(string field, DateOnly? date, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (date is not { } value || IsInWindow(value))
        {
            return true;
        }

        errors.Add(field, $"{field} must be between {WindowText}.");
        return false;
    }

    /// <summary>True when <paramref name="date"/> lies in the window of dates the app accepts.</summary>
    public static bool IsInWindow(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    /// <summary>A duration in working days: absent, or 0 … <see cref="MaxDurationDays"/>.</summary>
    public static bool Duration(string field, int? days, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (days is null or >= 0 and <= MaxDurationDays)
        {
            return true;
        }

        errors.Add(field, $"{field} must be between 0 and {MaxDurationDays} working days.");
        return false;
    }

    /// <summary>A lag (positive) or lead (negative) in working days: absent, or −<see cref="MaxLagDays"/> … <see cref="MaxLagDays"/>.</summary>
    public static bool Lag(string field, int? days, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (days is null or >= -MaxLagDays and <= MaxLagDays)
        {
            return true;
        }

        errors.Add(field, $"{field} must be between -{MaxLagDays} and {MaxLagDays} working days.");
        return false;
    }

    /// <summary>A percentage: absent, or 0 … 100.</summary>
    public static bool Percent(string field, int? percent, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (percent is null or >= 0 and <= 100)
        {
            return true;
        }

        errors.Add(field, $"{field} must be between 0 and 100.");
        return false;
    }
}
