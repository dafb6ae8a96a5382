using TpmHub.Core.Common;

namespace TpmHub.Core.People;

/// <summary>
/// Validation of time entries and the labour cost rule. An entry is 0 &lt; hours ≤ 24 (quarter hours are fine, two
/// decimals at most), dated from the project's start to today, and a person's entries on one day (across all projects)
/// add up to at most 24 hours. Labour cost = hours × the person's rate on the entry's date (<see cref="RateOn"/>).
/// </summary>
public static class TimeEntryRules
{
    public const decimal MaxHoursPerDay = 24m;
    public const int NoteMaxLength = 1000;

    /// <summary>Field-named problems of one entry's own fields.</summary>
    public static ValidationErrors Validate(DateOnly? date, decimal? hours, string? note, DateOnly projectStart, DateOnly today)
    {
        var errors = new ValidationErrors();
        if (date is not { } d)
        {
            errors.Add("date", "Give the day worked (yyyy-MM-dd).");
        }
        else if (InputLimits.Date("date", d, errors))
        {
            if (d < projectStart)
            {
                errors.Add("date", $"{d:yyyy-MM-dd} is before the project starts ({projectStart:yyyy-MM-dd}).");
            }
            else if (d > today)
            {
                errors.Add("date", $"{d:yyyy-MM-dd} is in the future; time is logged once it is worked (today is {today:yyyy-MM-dd}).");
            }
        }

        if (hours is not { } h)
        {
            errors.Add("hours", "Give the hours worked.");
        }
        else if (h <= 0 || h > MaxHoursPerDay)
        {
            errors.Add("hours", $"Hours must be more than 0 and at most {MaxHoursPerDay:0} in a day.");
        }
        else if (decimal.Round(h, 2) != h)
        {
            errors.Add("hours", "Hours have at most two decimals (0.25 for a quarter hour).");
        }

        if (InputLimits.Text("note", note, errors) && note?.Length > NoteMaxLength)
        {
            errors.Add("note", $"A note is at most {NoteMaxLength} characters.");
        }

        return errors;
    }

    /// <summary>The problem when a day's hours would pass 24 with this entry, or null.</summary>
    public static string? DayTotalProblem(DateOnly date, decimal alreadyThatDay, decimal hours) =>
        alreadyThatDay + hours > MaxHoursPerDay
            ? $"This person already has {alreadyThatDay:0.##} h on {date:yyyy-MM-dd}; with {hours:0.##} more the day would pass {MaxHoursPerDay:0} h."
            : null;

    /// <summary>The rate in force on <paramref name="date"/> (<see cref="PersonRules.RateOn"/>: the one rule for it).</summary>
    public static PersonRate? RateOn(IEnumerable<PersonRate> rates, DateOnly date) => PersonRules.RateOn(rates, date);

    /// <summary>Hours × the rate in force on the date, or 0 when no rate has started by then.</summary>
    public static decimal Cost(decimal hours, IEnumerable<PersonRate> rates, DateOnly date) => hours * (RateOn(rates, date)?.RatePerHour ?? 0m);

    /// <summary>The Monday of the week <paramref name="date"/> is in (timesheets and approvals go by these weeks).</summary>
    public static DateOnly WeekOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
