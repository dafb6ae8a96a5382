using System.Globalization;
using System.Text.RegularExpressions;

namespace TpmHub.Core.Meetings;

/// <summary><see cref="NotesDates"/>: the calendar arithmetic behind a resolved phrase (weekdays, relative spans, day and month, end of week).</summary>
public static partial class NotesDates
{
    private static DateOnly? Weekday(string text, Match m, DateOnly meeting)
    {
        var name = m.Groups["wday"].Value.ToLowerInvariant();
        var day = name[..2] switch
        {
            "mo" => DayOfWeek.Monday,
            "tu" => DayOfWeek.Tuesday,
            "we" => DayOfWeek.Wednesday,
            "th" => DayOfWeek.Thursday,
            "fr" => DayOfWeek.Friday,
            "sa" => DayOfWeek.Saturday,
            _ => DayOfWeek.Sunday,
        };
        var pre = m.Groups["wpre"].Success ? m.Groups["wpre"].Value.ToLowerInvariant() : "";
        var isFullName = name.EndsWith("day", StringComparison.Ordinal);
        var before = text.AsSpan(0, m.Index).TrimEnd();
        var after = text.AsSpan(m.Index + m.Length).TrimStart();
        var tagged = before.EndsWith("(") || ((before.EndsWith(",") || before.EndsWith("–") || before.EndsWith("-") || before.EndsWith("—")) &&
            day is not DayOfWeek.Saturday and not DayOfWeek.Sunday && (after.IsEmpty || after[0] is '.' or ')' or ';' or '\n' or '\r'));
        if (!isFullName && pre.Length == 0 && !HasDuePrefix(text, m.Index) && text.AsSpan().Trim().Length != m.Length && !tagged)
        {
            return null;
        }

        if (pre == "next")
        {
            // The given day in the week after the meeting's week (weeks start on Monday).
            var nextMonday = MondayOf(meeting).AddDays(7);
            return nextMonday.AddDays(((int)day + 6) % 7);
        }

        var ahead = ((int)day - (int)meeting.DayOfWeek + 7) % 7;
        return meeting.AddDays(ahead == 0 ? 7 : ahead);
    }

    private static DateOnly? Relative(string count, string unit, DateOnly meeting)
    {
        var c = count.ToLowerInvariant();
        int n;
        if (c.Contains("couple", StringComparison.Ordinal))
        {
            n = 2;
        }
        else if (c.Contains("few", StringComparison.Ordinal))
        {
            n = 3;
        }
        else
        {
            n = c switch
            {
                "a" or "an" or "one" => 1,
                "two" => 2,
                "three" => 3,
                "four" => 4,
                "five" => 5,
                "six" => 6,
                "seven" => 7,
                "eight" => 8,
                "nine" => 9,
                "ten" => 10,
                "eleven" => 11,
                "twelve" => 12,
                _ => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1,
            };
        }

        if (n < 0 || n > 366)
        {
            return null;
        }

        var u = unit.ToLowerInvariant();
        if (u.StartsWith("business", StringComparison.Ordinal) || u.StartsWith("working", StringComparison.Ordinal))
        {
            var d = meeting;
            for (var added = 0; added < n;)
            {
                d = d.AddDays(1);
                if (d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
                {
                    added++;
                }
            }

            return d;
        }

        return u.StartsWith("day", StringComparison.Ordinal) ? meeting.AddDays(n)
            : u.StartsWith("week", StringComparison.Ordinal) ? meeting.AddDays(7 * n)
            : meeting.AddMonths(n);
    }

    private static DateOnly? NextDayOfMonth(int day, DateOnly meeting)
    {
        if (day is < 1 or > 31)
        {
            return null;
        }

        var first = new DateOnly(meeting.Year, meeting.Month, 1);
        for (var k = 0; k < 13; k++)
        {
            var month = first.AddMonths(k);
            if (day <= DateTime.DaysInMonth(month.Year, month.Month))
            {
                var candidate = new DateOnly(month.Year, month.Month, day);
                if (candidate >= meeting)
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static DateOnly EndOfWeek(DateOnly meeting) => meeting.DayOfWeek switch
    {
        DayOfWeek.Saturday => meeting.AddDays(6),
        DayOfWeek.Sunday => meeting.AddDays(5),
        _ => meeting.AddDays(DayOfWeek.Friday - meeting.DayOfWeek),
    };

    private static DateOnly MondayOf(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static DateOnly? DayMonth(int day, int month, int? year, DateOnly meeting)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        if (year is { } y)
        {
            return day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
        }

        // The next occurrence on or after the meeting date; 29 February waits for a leap year.
        for (var candidateYear = meeting.Year; candidateYear <= meeting.Year + 8; candidateYear++)
        {
            if (day > DateTime.DaysInMonth(candidateYear, month))
            {
                if (month != 2 || day != 29)
                {
                    return null;
                }

                continue;
            }

            var candidate = new DateOnly(candidateYear, month, day);
            if (candidate >= meeting)
            {
                return candidate;
            }
        }

        return null;
    }

    private static int? Year(Match m, string group)
    {
        if (!m.Groups[group].Success)
        {
            return null;
        }

        var y = int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
        return y < 100 ? 2000 + y : y;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };
}
