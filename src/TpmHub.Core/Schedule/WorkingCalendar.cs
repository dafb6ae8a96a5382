namespace TpmHub.Core.Schedule;

/// <summary>
/// A project's working days: Monday to Friday, less its holidays. Offsets count working days from
/// <see cref="Start"/> (offset 0), the first working day on or after the project's start date.
/// </summary>
/// <remarks>
/// All arithmetic is closed-form: whole weeks give 5 working days per 7 days, and the weekday holidays sit in a
/// sorted array searched by bisection, so every member costs O(log holidays) however far apart the dates are.
/// Day numbers are <see cref="DateOnly.DayNumber"/>; day number 0 (1 January 0001) is a Monday.
/// </remarks>
public sealed class WorkingCalendar
{
    // Sorted, distinct day numbers of the holidays that fall on a weekday (weekend holidays change nothing).
    private readonly int[] _holidays;

    // _holidayRank[j] = working days before holiday j = weekdays before it − j; non-decreasing, used to invert counts.
    private readonly int[] _holidayRank;

    // Working days before Start since day number 0: the absolute index of offset 0.
    private readonly int _base;

    /// <summary>Creates the calendar of a project starting on <paramref name="projectStart"/> with the given holidays.</summary>
    public WorkingCalendar(DateOnly projectStart, IEnumerable<DateOnly> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        var weekdayHolidays = new List<int>();
        foreach (var holiday in holidays)
        {
            var day = holiday.DayNumber;
            if (day % 7 < 5)
            {
                weekdayHolidays.Add(day);
            }
        }

        weekdayHolidays.Sort();
        var distinct = 0;
        for (var i = 0; i < weekdayHolidays.Count; i++)
        {
            if (distinct == 0 || weekdayHolidays[distinct - 1] != weekdayHolidays[i])
            {
                weekdayHolidays[distinct++] = weekdayHolidays[i];
            }
        }

        _holidays = new int[distinct];
        _holidayRank = new int[distinct];
        for (var j = 0; j < distinct; j++)
        {
            _holidays[j] = weekdayHolidays[j];
            _holidayRank[j] = WeekdaysBefore(weekdayHolidays[j]) - j;
        }

        _base = WorkingDaysBefore(projectStart.DayNumber);
        Start = DateOnly.FromDayNumber(NthWorkingDay(_base));
        LastOffset = WorkingDaysBefore(DateOnly.MaxValue.DayNumber) - (IsWorkingDay(DateOnly.MaxValue) ? 0 : 1) - _base;
    }

    /// <summary>The date of offset 0: the first working day on or after the project's start date.</summary>
    public DateOnly Start { get; }

    /// <summary>The offset of the last working day a <see cref="DateOnly"/> can hold; <see cref="DateOf"/> accepts offsets up to it.</summary>
    public int LastOffset { get; }

    /// <summary>The weekday holidays, sorted and distinct (holidays on a weekend are dropped: they change nothing).</summary>
    public IReadOnlyList<DateOnly> Holidays => Array.ConvertAll(_holidays, DateOnly.FromDayNumber);

    /// <summary>True when <paramref name="date"/> is a Monday to Friday that is not a holiday.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        var day = date.DayNumber;
        return day % 7 < 5 && Array.BinarySearch(_holidays, day) < 0;
    }

    /// <summary>
    /// The date of working-day <paramref name="offset"/>: offset 0 is <see cref="Start"/>, offset k the k-th working day
    /// after it; a negative offset counts working days back before <see cref="Start"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset lies outside the dates <see cref="DateOnly"/> can hold.</exception>
    public DateOnly DateOf(int offset)
    {
        var index = (long)_base + offset;
        if (index < 0 || offset > LastOffset)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "The offset lies outside the supported dates.");
        }

        return DateOnly.FromDayNumber(NthWorkingDay((int)index));
    }

    /// <summary>
    /// The offset of the first working day on or after <paramref name="date"/>, which is the number of working days in
    /// [<see cref="Start"/>, date) — negative (minus the working days in [date, Start)) when the date is before the start.
    /// </summary>
    public int OffsetOnOrAfter(DateOnly date) => WorkingDaysBefore(date.DayNumber) - _base;

    /// <summary>
    /// The number of working days in [<paramref name="from"/>, <paramref name="toExclusive"/>); negative (the count in
    /// [to, from)) when <paramref name="toExclusive"/> is before <paramref name="from"/>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly toExclusive) =>
        WorkingDaysBefore(toExclusive.DayNumber) - WorkingDaysBefore(from.DayNumber);

    /// <summary>Weekdays in [day 0, <paramref name="day"/>): 5 per whole week, plus up to 5 of the partial week.</summary>
    private static int WeekdaysBefore(int day) => day / 7 * 5 + Math.Min(day % 7, 5);

    /// <summary>Working days in [day 0, <paramref name="day"/>): weekdays less the weekday holidays before it.</summary>
    private int WorkingDaysBefore(int day) => WeekdaysBefore(day) - CountLessThan(_holidays, day);

    /// <summary>
    /// The day number of the working day with <paramref name="index"/> working days before it. Holiday j comes before
    /// it exactly when the working days before holiday j are at most <paramref name="index"/>; skipping those h holidays,
    /// it is weekday number index + h, at day (index + h) / 5 × 7 + (index + h) mod 5.
    /// </summary>
    private int NthWorkingDay(int index)
    {
        var weekday = index + CountAtMost(_holidayRank, index);
        return weekday / 5 * 7 + weekday % 5;
    }

    private static int CountLessThan(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int CountAtMost(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
