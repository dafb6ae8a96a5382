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
        var result = new List<CapacityWeek>(Math.Max(weeks, 0));
        // The days off are marked once over the whole span (not looked up per day in every range), and each term below is the
        // same decimal expression as the formula's, in the same order, so the hours (and their scale) do not depend on this shortcut.
        var span = 7 * Math.Max(weeks, 0);
        var off = new bool[span];
        foreach (var (from, to) in input.TimeOff)
        {
            for (int d = Math.Max(from.DayNumber - monday.DayNumber, 0), last = Math.Min(to.DayNumber - monday.DayNumber, span - 1); d <= last; d++)
            {
                off[d] = true;
            }
        }

        // A week has 0–5 available days, so each allocation's term (and the capacity) takes one of six values: computed once.
        var capacities = new decimal[6];
        var terms = new decimal[input.Allocations.Count, 6];
        for (var n = 0; n <= 5; n++)
        {
            capacities[n] = input.WeeklyCapacityHours * n / 5m;
            for (var a = 0; a < input.Allocations.Count; a++)
            {
                terms[a, n] = input.Allocations[a].Percent / 100m * input.WeeklyCapacityHours * n / 5m;
            }
        }

        var demandDays = new int[input.Demand.Count];
        for (var k = 0; k < demandDays.Length; k++)
        {
            demandDays[k] = Weekdays(input.Demand[k].Start, input.Demand[k].Finish);
        }

        for (var w = 0; w < weeks; w++)
        {
            var start = monday.AddDays(7 * w);
            var available = 0;
            for (var d = 0; d < 5; d++)
            {
                available += off[7 * w + d] ? 0 : 1;
            }

            var capacity = capacities[available];
            var allocated = 0m;
            for (var a = 0; a < input.Allocations.Count; a++)
            {
                var (_, from, to) = input.Allocations[a];
                var inside = 0;
                for (var d = 0; d < 5; d++)
                {
                    var day = start.AddDays(d);
                    inside += !off[7 * w + d] && day >= from && day <= to ? 1 : 0;
                }

                allocated += terms[a, inside];
            }

            var asked = 0m;
            for (var k = 0; k < demandDays.Length; k++)
            {
                var (hours, itemStart, finish) = input.Demand[k];
                asked += demandDays[k] == 0
                    ? (TimeEntryRules.WeekOf(itemStart) == start ? hours : 0m)
                    : hours * Weekdays(Max(itemStart, start), Min(finish, start.AddDays(4))) / demandDays[k];
            }

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
