namespace TpmHub.Core.People;

/// <summary>
/// Capacity per person per week (Monday to Sunday; work happens Monday to Friday):
/// <list type="bullet">
/// <item>capacity = weekly hours × available weekdays / 5, where a weekday is available unless it is in time off — vacation,
/// sickness, training and the public holidays of where the person works (<see cref="TimeOffKind.PublicHoliday"/>: holidays
/// follow people, so a project calendar's holidays are not subtracted again);</item>
/// <item>allocated = Σ over allocations of percent/100 × weekly hours × the available weekdays of the week inside the
/// allocation / 5;</item>
/// <item>demand = Σ over assigned work of its hours × its weekdays in the week / all its weekdays (spread evenly;
/// an item with no weekday between start and finish puts its hours on its start's week);</item>
/// <item>over-allocated when allocated + demand exceeds capacity (more than 100 %), and never when nothing is asked.</item>
/// </list>
/// Hours are rounded to two decimals.
/// </summary>
public static class CapacityEngine
{
    public static IReadOnlyList<CapacityWeek> Weeks(CapacityInput input, DateOnly firstWeek, int weeks)
    {
        ArgumentNullException.ThrowIfNull(input);
        var monday = TimeEntryRules.WeekOf(firstWeek);
        var result = new List<CapacityWeek>(weeks);
        var demand = input.Demand.Select(d => (d.Hours, d.Start, d.Finish, Days: Weekdays(d.Start, d.Finish))).ToList();
        for (var w = 0; w < weeks; w++)
        {
            var start = monday.AddDays(7 * w);
            var available = Enumerable.Range(0, 5).Select(start.AddDays).Where(d => !input.TimeOff.Any(t => d >= t.From && d <= t.To)).ToList();
            var capacity = input.WeeklyCapacityHours * available.Count / 5m;
            var allocated = input.Allocations.Sum(a => a.Percent / 100m * input.WeeklyCapacityHours * available.Count(d => d >= a.From && d <= a.To) / 5m);
            var asked = demand.Sum(d => d.Days == 0
                ? (TimeEntryRules.WeekOf(d.Start) == start ? d.Hours : 0m)
                : d.Hours * Weekdays(Max(d.Start, start), Min(d.Finish, start.AddDays(4))) / d.Days);
            var load = allocated + asked;
            result.Add(new CapacityWeek(start, decimal.Round(capacity, 2), decimal.Round(allocated, 2), decimal.Round(asked, 2), load > 0m && load > capacity));
        }

        return result;
    }

    /// <summary>Monday-to-Friday days from <paramref name="from"/> to <paramref name="to"/> inclusive (0 when to is before from).</summary>
    public static int Weekdays(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return 0;
        }

        var count = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count++;
            }
        }

        return count;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
