using System.Globalization;
using System.Text.RegularExpressions;

namespace TpmHub.Core.Meetings;

/// <summary>
/// Finds due-date phrases in meeting notes and resolves them against the meeting's date. English only, no time of day.
/// </summary>
/// <remarks>
/// <para>Forms and rules (the meeting date is <c>M</c>; weeks run Monday to Sunday):</para>
/// <list type="bullet">
/// <item>ISO <c>2026-12-03</c>: as written.</item>
/// <item>A dot means European day-first: <c>3.12.</c>, <c>03.12.2026</c>, <c>3.12.26</c> are 3 December. Without the
/// trailing dot or a year (<c>3.12</c>) it is a number, not a date.</item>
/// <item>A slash means US month-first unless the first number is over 12: <c>12/3</c> and <c>12/3/2026</c> are
/// 3 December, <c>3/12</c> is 12 March, <c>15/3</c> is 15 March. <c>24/7</c> is never a date. With <c>dayFirst</c>
/// (the note writes dates that way, <see cref="PrefersDayFirst"/>) <c>3/12</c> is 3 December; a dated
/// <c>03/12/2026</c> whose month-first reading is long gone is read day-first either way.</item>
/// <item>Month names, short or long, either order, optional ordinal and year: <c>1 Dec</c>, <c>Dec 1</c>,
/// <c>December 1st</c>, <c>the 1st of December</c>, <c>Dec 1, 2026</c>.</item>
/// <item>A date written without a year is the next occurrence on or after <c>M</c> (so "1 Jan" in a December meeting
/// is next year's); a two-digit year is 20yy.</item>
/// <item><c>today</c>, <c>tonight</c>, <c>EOD</c>, <c>COB</c>, <c>end of day</c>: <c>M</c>. <c>tomorrow</c>: <c>M</c>+1.</item>
/// <item>A weekday (<c>Friday</c>, <c>by Fri</c>, <c>on Monday</c>, <c>this Friday</c>, <c>coming Friday</c>): the
/// next such day strictly after <c>M</c>. Three-letter forms (<c>Fri</c>) count only after by/on/due/until/till/before/
/// next/this/coming, in parentheses, standing alone (a due cell reading "Fri") or closing a line after a comma or
/// dash ("draft the comms, Fri"), so "sat" and "sun" in prose are not dates.</item>
/// <item><c>next Friday</c>: the Friday of the week after <c>M</c>'s week (so on a Monday meeting, 11 days later, not
/// 4); for a meeting on Saturday or Sunday that is the coming Friday.</item>
/// <item><c>next week</c>: the Monday of the week after <c>M</c>'s week. <c>end of next week</c>: that week's Friday.</item>
/// <item><c>EOW</c>, <c>end of week</c>, <c>this week</c>: the Friday of <c>M</c>'s week; <c>M</c> itself when it is a
/// Friday; the following Friday when <c>M</c> is a Saturday or Sunday.</item>
/// <item><c>EOM</c>, <c>end of month</c>: the last day of <c>M</c>'s month; <c>end of next month</c>: the last day of the
/// next; <c>next month</c>: the first day of the next month. <c>EOQ</c>/<c>end of quarter</c>: the quarter's last day;
/// <c>EOY</c>/<c>end of year</c>: 31 December.</item>
/// <item><c>in 3 days</c>, <c>in two weeks</c>, <c>within a month</c>, <c>2 weeks from now</c>: <c>M</c> plus that
/// (business or working days skip Saturdays and Sundays).</item>
/// <item><c>the 15th</c> (as in "by the 15th"): the next 15th on or after <c>M</c>.</item>
/// </list>
/// <para>A weekday written right next to an explicit date ("Fri 12/4", "4 Dec (Fri)") is one phrase: the explicit
/// date wins.</para>
/// </remarks>
public static partial class NotesDates
{
    private const string Months =
        "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    private const string Count =
        @"\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:a\s+)?couple\s+of|a\s+few";

    private const string Unit = @"(?:business|working)\s+days?|days?|weeks?|months?";

    private static readonly string[] DuePrefixes = ["by", "due", "before", "until", "till", "til", "on", "deadline", "eta", "for"];

    [GeneratedRegex(
        @"(?<iso>(?<![\d.\-/])\d{4}-\d{1,2}-\d{1,2}(?![\d\-]))" +
        @"|(?<dot>(?<![\d.])(?<dd>\d{1,2})\.(?<dm>\d{1,2})\.(?<dy>\d{4}|\d{2})?(?![\d]))" +
        @"|(?<sl>(?<![\d/.])(?<s1>\d{1,2})/(?<s2>\d{1,2})(?:/(?<sy>\d{4}|\d{2}))?(?![\d/]))" +
        @"|(?<df>\b(?:the\s+)?(?<dfd>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<dfm>" + Months + @")\b\.?(?:,?\s+(?<dfy>\d{4})\b)?)" +
        @"|(?<mf>\b(?<mfm>" + Months + @")\.?\s+(?:the\s+)?(?<mfd>\d{1,2})(?:st|nd|rd|th)?(?![\d:])\b(?:,?\s+(?<mfy>\d{4})\b)?)" +
        @"|(?<today>\b(?:today|tonight|eod|cob|eob|end\s+of\s+(?:the\s+)?(?:business\s+)?day|close\s+of\s+(?:business|play))\b)" +
        @"|(?<tomorrow>\b(?:tomorrow|tmrw|tmr)\b)" +
        @"|(?<eonw>\bend\s+of\s+next\s+week\b)" +
        @"|(?<eow>\b(?:eow|end\s+of\s+(?:the\s+|this\s+)?week|this\s+week)\b)" +
        @"|(?<eonm>\bend\s+of\s+next\s+month\b)" +
        @"|(?<eom>\b(?:eom|end\s+of\s+(?:the\s+|this\s+)?month)\b)" +
        @"|(?<eoq>\b(?:eoq|end\s+of\s+(?:the\s+|this\s+)?quarter)\b)" +
        @"|(?<eoy>\b(?:eoy|end\s+of\s+(?:the\s+|this\s+)?year)\b)" +
        @"|(?<nextweek>\bnext\s+week\b)" +
        @"|(?<nextmonth>\bnext\s+month\b)" +
        @"|(?<rel>\b(?:in|within)\s+(?:the\s+next\s+)?(?<n>" + Count + @")\s+(?<unit>" + Unit + @")\b)" +
        @"|(?<rel>\b(?<n>" + Count + @")\s+(?<unit>" + Unit + @")\s+from\s+(?:now|today)\b)" +
        @"|(?<rel>(?<=\()(?<n>" + Count + @")\s+(?<unit>" + Unit + @")(?=\)))" +
        @"|(?<nth>\bthe\s+(?<nthd>\d{1,2})(?:st|nd|rd|th)\b)" +
        @"|(?<wd>\b(?:(?<wpre>next|this|coming|this\s+coming)\s+)?(?<wday>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thurs?|thu|fri|sat|sun)\b\.?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DatePattern();

    /// <summary>Resolves the first date phrase in <paramref name="phrase"/> (see the class remarks for the forms).</summary>
    /// <returns>True and the date when the phrase holds a date; otherwise false.</returns>
    public static bool TryResolve(string phrase, DateOnly meetingDate, out DateOnly date) =>
        TryResolve(phrase, meetingDate, false, out date);

    /// <summary>
    /// Resolves the first date phrase in <paramref name="phrase"/>; with <paramref name="dayFirst"/> an ambiguous slash
    /// date (<c>03/12</c>) is read day-first, as the note it comes from writes them (see <see cref="PrefersDayFirst"/>).
    /// </summary>
    /// <returns>True and the date when the phrase holds a date; otherwise false.</returns>
    public static bool TryResolve(string phrase, DateOnly meetingDate, bool dayFirst, out DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var matches = Find(phrase, meetingDate, dayFirst);
        date = matches.Count > 0 ? matches[0].Date : default;
        return matches.Count > 0;
    }

    /// <summary>The date the first date phrase in <paramref name="phrase"/> resolves to, or null.</summary>
    public static DateOnly? Resolve(string phrase, DateOnly meetingDate) =>
        TryResolve(phrase, meetingDate, out var date) ? date : null;

    /// <summary>Every date phrase in <paramref name="text"/>, in order, resolved against <paramref name="meetingDate"/>.</summary>
    public static IReadOnlyList<NotesDateMatch> Find(string text, DateOnly meetingDate) => Find(text, meetingDate, false);

    /// <summary>
    /// Every date phrase in <paramref name="text"/>, in order; with <paramref name="dayFirst"/> a slash date whose two
    /// numbers are both 12 or less is read day-first (<c>03/12</c> = 3 December).
    /// </summary>
    public static IReadOnlyList<NotesDateMatch> Find(string text, DateOnly meetingDate, bool dayFirst)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<NotesDateMatch>? found = null;
        var explicitDate = new List<bool>();
        var endOfDay = new List<bool>();
        foreach (Match m in DatePattern().Matches(text))
        {
            var resolved = ResolveMatch(text, m, meetingDate, dayFirst);
            if (resolved is null)
            {
                continue;
            }

            found ??= [];
            found.Add(new NotesDateMatch(m.Index, m.Length, resolved.Value, HasDuePrefix(text, m.Index)));
            explicitDate.Add(m.Groups["iso"].Success || m.Groups["dot"].Success || m.Groups["sl"].Success || m.Groups["df"].Success || m.Groups["mf"].Success);
            endOfDay.Add(m.Groups["today"].Success);
        }

        if (found is null)
        {
            return [];
        }

        // "EOD Thursday": the end of that day, not of today.
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var gap = found[i + 1].Start - (found[i].Start + found[i].Length);
            if (endOfDay[i] && gap >= 0 && gap <= 3 && text.AsSpan(found[i].Start + found[i].Length, gap).Trim(" ,").IsEmpty)
            {
                if (found[i].HasDuePrefix)
                {
                    found[i + 1] = found[i + 1] with { HasDuePrefix = true };
                }

                found.RemoveAt(i);
                explicitDate.RemoveAt(i);
                endOfDay.RemoveAt(i);
            }
        }

        // "Fri 12/4" or "4 Dec (Fri)": one phrase, and the explicit date is the one to trust.
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (explicitDate[i] || endOfDay[i])
            {
                continue;
            }

            var neighbour = Adjacent(text, found, explicitDate, i);
            if (neighbour >= 0)
            {
                if (found[i].HasDuePrefix && !found[neighbour].HasDuePrefix)
                {
                    found[neighbour] = found[neighbour] with { HasDuePrefix = true };
                }

                found.RemoveAt(i);
                explicitDate.RemoveAt(i);
                endOfDay.RemoveAt(i);
            }
        }

        return found;
    }

    /// <summary>
    /// True when the notes write dates day-first, so an ambiguous slash date in them (<c>03/12</c>) is 3 December: a
    /// slash date whose first number is over 12 (<c>18/12</c>), a dotted date (<c>3.12.</c>) or an ordinal before a month
    /// name (<c>3rd Dec</c>) outnumbers slash dates whose second number is over 12 (<c>12/18</c>) and month names
    /// before an ordinal or a dotted abbreviation (<c>Dec. 3</c>, <c>December 3rd</c>). A plain "30 Nov" is no
    /// evidence: it is written both sides of the Atlantic.
    /// </summary>
    public static bool PrefersDayFirst(string notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var dayFirst = 0;
        var monthFirst = 0;
        foreach (Match m in DateStyleEvidence().Matches(notes))
        {
            if (m.Groups["sl"].Success)
            {
                var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
                var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
                if (a > 12 && a <= 31 && b <= 12)
                {
                    dayFirst++;
                }
                else if (b > 12 && b <= 31 && a <= 12)
                {
                    monthFirst++;
                }
            }
            else if (m.Groups["dot"].Success || m.Groups["ord"].Success)
            {
                dayFirst++;
            }
            else
            {
                monthFirst++;
            }
        }

        return dayFirst > monthFirst;
    }

    [GeneratedRegex(
        @"(?<sl>(?<![\d/.])(?<a>\d{1,2})/(?<b>\d{1,2})(?:/\d{2,4})?(?![\d/]))" +
        @"|(?<dot>(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?(?![\d]))" +
        @"|(?<ord>\b\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+)?(?:" + Months + @")\b)" +
        @"|(?<mdot>\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.\s+\d{1,2}\b)" +
        @"|(?<mord>\b(?:" + Months + @")\s+\d{1,2}(?:st|nd|rd|th)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateStyleEvidence();

    private static int Adjacent(string text, List<NotesDateMatch> found, List<bool> explicitDate, int i)
    {
        foreach (var j in new[] { i - 1, i + 1 })
        {
            if (j < 0 || j >= found.Count || !explicitDate[j])
            {
                continue;
            }

            var (from, to) = j < i
                ? (found[j].Start + found[j].Length, found[i].Start)
                : (found[i].Start + found[i].Length, found[j].Start);
            if (to >= from && to - from <= 3 && text.AsSpan(from, to - from).Trim(" ,(").IsEmpty)
            {
                return j;
            }
        }

        return -1;
    }

    private static bool HasDuePrefix(string text, int start)
    {
        var end = start;
        while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ':' || text[end - 1] == '\t'))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        if (begin == end)
        {
            return false;
        }

        var word = text.AsSpan(begin, end - begin);
        foreach (var prefix in DuePrefixes)
        {
            if (word.Equals(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly? ResolveMatch(string text, Match m, DateOnly meeting, bool dayFirst)
    {
        if (m.Groups["iso"].Success)
        {
            return DateOnly.TryParseExact(m.Value, ["yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
                ? iso
                : null;
        }

        if (m.Groups["dot"].Success)
        {
            return DayMonth(Int(m, "dd"), Int(m, "dm"), Year(m, "dy"), meeting);
        }

        if (m.Groups["sl"].Success)
        {
            var a = Int(m, "s1");
            var b = Int(m, "s2");
            if ((a == 24 && b == 7) || (a == 50 && b == 50))
            {
                return null;
            }

            if (a > 12 || b > 12)
            {
                return a > 12 ? DayMonth(a, b, Year(m, "sy"), meeting) : DayMonth(b, a, Year(m, "sy"), meeting);
            }

            var us = DayMonth(b, a, Year(m, "sy"), meeting);
            var eu = DayMonth(a, b, Year(m, "sy"), meeting);
            if (dayFirst)
            {
                return eu;
            }

            // "03/12/2026" in a December meeting: month-first it is nine months gone, day-first it is this week.
            return us is { } u && eu is { } d && Year(m, "sy") is not null && u < meeting.AddDays(-31) && d >= meeting.AddDays(-31) && d <= meeting.AddDays(183)
                ? d
                : us;
        }

        if (m.Groups["df"].Success)
        {
            return DayMonth(Int(m, "dfd"), MonthNumber(m.Groups["dfm"].Value), Year(m, "dfy"), meeting);
        }

        if (m.Groups["mf"].Success)
        {
            // "may 3" is far likelier the month than the verb, but "may" followed by a count of something is not.
            return DayMonth(Int(m, "mfd"), MonthNumber(m.Groups["mfm"].Value), Year(m, "mfy"), meeting);
        }

        if (m.Groups["today"].Success)
        {
            return meeting;
        }

        if (m.Groups["tomorrow"].Success)
        {
            return meeting.AddDays(1);
        }

        if (m.Groups["eonw"].Success)
        {
            return MondayOf(meeting).AddDays(7 + 4);
        }

        if (m.Groups["eow"].Success)
        {
            return EndOfWeek(meeting);
        }

        if (m.Groups["eonm"].Success)
        {
            var next = meeting.AddMonths(1);
            return new DateOnly(next.Year, next.Month, DateTime.DaysInMonth(next.Year, next.Month));
        }

        if (m.Groups["eom"].Success)
        {
            return new DateOnly(meeting.Year, meeting.Month, DateTime.DaysInMonth(meeting.Year, meeting.Month));
        }

        if (m.Groups["eoq"].Success)
        {
            var lastMonth = ((meeting.Month - 1) / 3 * 3) + 3;
            return new DateOnly(meeting.Year, lastMonth, DateTime.DaysInMonth(meeting.Year, lastMonth));
        }

        if (m.Groups["eoy"].Success)
        {
            return new DateOnly(meeting.Year, 12, 31);
        }

        if (m.Groups["nextweek"].Success)
        {
            return MondayOf(meeting).AddDays(7);
        }

        if (m.Groups["nextmonth"].Success)
        {
            var next = meeting.AddMonths(1);
            return new DateOnly(next.Year, next.Month, 1);
        }

        if (m.Groups["rel"].Success)
        {
            return Relative(m.Groups["n"].Value, m.Groups["unit"].Value, meeting);
        }

        if (m.Groups["nth"].Success)
        {
            return NextDayOfMonth(Int(m, "nthd"), meeting);
        }

        if (m.Groups["wd"].Success)
        {
            return Weekday(text, m, meeting);
        }

        return null;
    }
}
