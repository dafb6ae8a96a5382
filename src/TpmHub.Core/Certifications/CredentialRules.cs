using System.Text.RegularExpressions;
using TpmHub.Core.Common;

namespace TpmHub.Core.Certifications;

/// <summary>
/// The rules of a held credential: its status on a day, its current renewal cycle, the continuing-education units logged
/// in that cycle and the units still needed, and the validation of credentials, units and catalogue entries. Pure.
/// </summary>
public static partial class CredentialRules
{
    /// <summary>A credential counts as expiring soon when it expires within this many days of today (inclusive).</summary>
    public const int ExpiringSoonDays = 90;

    /// <summary>The most hours one logged activity may carry.</summary>
    public const decimal MaxUnitHours = 1000m;

    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 120;
    public const int CredentialNumberMaxLength = 80;
    public const int ActivityMaxLength = 500;
    public const int UnitNameMaxLength = 40;

    /// <summary>
    /// The status on <paramref name="today"/>: <see cref="CredentialStatus.NoExpiry"/> without an expiry date;
    /// <see cref="CredentialStatus.Expired"/> from the day after <paramref name="expiresOn"/> (the expiry date is the last
    /// valid day); <see cref="CredentialStatus.ExpiringSoon"/> when it expires today or within
    /// <see cref="ExpiringSoonDays"/> days (exactly 90 days ahead is still "soon", 91 is not); else
    /// <see cref="CredentialStatus.Valid"/>.
    /// </summary>
    public static CredentialStatus Status(DateOnly? expiresOn, DateOnly today) => expiresOn switch
    {
        null => CredentialStatus.NoExpiry,
        { } e when e < today => CredentialStatus.Expired,
        { } e when e.DayNumber - today.DayNumber <= ExpiringSoonDays => CredentialStatus.ExpiringSoon,
        _ => CredentialStatus.Valid,
    };

    /// <summary>
    /// The expiry a new credential gets when none is given: <paramref name="earnedOn"/> plus the renewal cycle (a 3-year
    /// PMP earned 2026-03-10 expires 2029-03-10); null for a certificate that never expires. One earned on 29 February
    /// expires on 28 February of a common year.
    /// </summary>
    public static DateOnly? DefaultExpiry(DateOnly earnedOn, int? renewalYears) =>
        renewalYears is { } years and > 0 ? earnedOn.AddYears(years) : null;

    /// <summary>
    /// The first day of the current cycle: the credential's expiry less one renewal cycle (the cycle that ends on the
    /// expiry date), but never before <paramref name="earnedOn"/>. When someone renews, they move the expiry
    /// date on and the cycle moves with it; without a renewal cycle or an expiry date it starts on
    /// <paramref name="earnedOn"/>.
    /// </summary>
    public static DateOnly CycleStart(DateOnly earnedOn, DateOnly? expiresOn, int? renewalYears)
    {
        if (expiresOn is not { } end || renewalYears is not (> 0 and var years))
        {
            return earnedOn;
        }

        var start = end.AddYears(-years);
        return start > earnedOn ? start : earnedOn;
    }

    /// <summary>True when a unit dated <paramref name="date"/> falls in the current cycle (<see cref="CycleStart"/> … expiry, both inclusive).</summary>
    public static bool InCycle(DateOnly date, DateOnly earnedOn, DateOnly? expiresOn, int? renewalYears) =>
        date >= CycleStart(earnedOn, expiresOn, renewalYears) && (expiresOn is not { } end || date <= end);

    /// <summary>Units logged in the current cycle: the hours of the units dated within it (one hour is one unit).</summary>
    public static decimal UnitsLogged(IEnumerable<(DateOnly Date, decimal Hours)> units, DateOnly earnedOn, DateOnly? expiresOn, int? renewalYears)
    {
        ArgumentNullException.ThrowIfNull(units);
        return units.Where(u => InCycle(u.Date, earnedOn, expiresOn, renewalYears)).Sum(u => u.Hours);
    }

    /// <summary>Units still needed to renew: max(0, required − logged); null when the certification asks for none.</summary>
    public static decimal? UnitsNeeded(int? unitsRequired, decimal unitsLogged) =>
        unitsRequired is { } required ? Math.Max(0m, required - unitsLogged) : null;

    /// <summary>Field problems of a credential: earned date in the window, expiry in the window and not before it was earned, text storable.</summary>
    public static ValidationErrors ValidateCredential(string? credentialNumber, DateOnly? earnedOn, DateOnly? expiresOn)
    {
        var errors = new ValidationErrors();
        Text("credentialId", credentialNumber, CredentialNumberMaxLength, errors);
        if (earnedOn is null)
        {
            errors.Add("earnedOn", "earnedOn is required (yyyy-MM-dd).");
        }
        else
        {
            InputLimits.Date("earnedOn", earnedOn, errors);
        }

        if (InputLimits.Date("expiresOn", expiresOn, errors) && expiresOn is { } end && earnedOn is { } start && end < start)
        {
            errors.Add("expiresOn", $"The credential cannot expire ({end:yyyy-MM-dd}) before it was earned ({start:yyyy-MM-dd}).");
        }

        return errors;
    }

    /// <summary>
    /// Field problems of logged units: hours above 0 and at most <see cref="MaxUnitHours"/> (two decimals), an activity,
    /// and a date inside the credential's current cycle (units outside it do not count towards this renewal).
    /// </summary>
    public static ValidationErrors ValidateUnits(DateOnly? date, decimal? hours, string? activity, DateOnly earnedOn, DateOnly? expiresOn, int? renewalYears)
    {
        var errors = new ValidationErrors();
        if (hours is not { } h || h <= 0 || h > MaxUnitHours)
        {
            errors.Add("hours", $"hours must be more than 0 and at most {MaxUnitHours:0}.");
        }
        else if (decimal.Round(h, 2) != h)
        {
            errors.Add("hours", "hours has at most 2 decimals.");
        }

        Text("activity", activity, ActivityMaxLength, errors);
        if (string.IsNullOrWhiteSpace(activity) && !errors.Has("activity"))
        {
            errors.Add("activity", "Say what the activity was (a course, a webinar, a talk).");
        }

        if (date is not { } d)
        {
            errors.Add("date", "date is required (yyyy-MM-dd).");
        }
        else if (InputLimits.Date("date", d, errors) && !InCycle(d, earnedOn, expiresOn, renewalYears))
        {
            var start = CycleStart(earnedOn, expiresOn, renewalYears);
            errors.Add("date", expiresOn is { } end
                ? $"{d:yyyy-MM-dd} is outside the credential's current cycle ({start:yyyy-MM-dd} to {end:yyyy-MM-dd})."
                : $"{d:yyyy-MM-dd} is before the credential was earned ({start:yyyy-MM-dd}).");
        }

        return errors;
    }

    /// <summary>Field problems of a catalogue entry an admin adds.</summary>
    public static ValidationErrors ValidateCertification(string? code, string? name, string? issuingBody, int? renewalYears, int? unitsRequired, string? unitName)
    {
        var errors = new ValidationErrors();
        if (Text("code", code, CodeMaxLength, errors) && (string.IsNullOrWhiteSpace(code) || !CodePattern().IsMatch(code.Trim().ToUpperInvariant())))
        {
            errors.Add("code", "code is 2 to 20 letters, digits, '+' or '-' (e.g. PMP, PRINCE2-F).");
        }

        Required("name", name, NameMaxLength, errors);
        Required("issuingBody", issuingBody, NameMaxLength, errors);
        Text("unitName", unitName, UnitNameMaxLength, errors);
        if (renewalYears is not null and not (>= 1 and <= 10))
        {
            errors.Add("renewalYears", "renewalYears is between 1 and 10, or absent when the certificate never expires.");
        }

        if (unitsRequired is not null and not (>= 1 and <= 1000))
        {
            errors.Add("unitsRequired", "unitsRequired is between 1 and 1000, or absent when renewal needs no units.");
        }
        else if (unitsRequired is not null && renewalYears is null)
        {
            errors.Add("unitsRequired", "Units are logged per renewal cycle: give renewalYears too.");
        }
        else if (unitsRequired is not null && string.IsNullOrWhiteSpace(unitName) && !errors.Has("unitName"))
        {
            errors.Add("unitName", "Name the unit (PDU, SEU, CPD point).");
        }

        return errors;
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9+-]{1,19}$")]
    private static partial Regex CodePattern();

    private static void Required(string field, string? text, int max, ValidationErrors errors)
    {
        if (Text(field, text, max, errors) && string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, $"{field} is required.");
        }
    }

    private static bool Text(string field, string? text, int max, ValidationErrors errors)
    {
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
