using TpmHub.Core.Schedule;

namespace TpmHub.Core.Budget;

/// <summary>
/// Earned value at a status date t (DESIGN.md "Earned value"). Per item with planned cost B:
/// PV = B × (working days of its planned span [start, finish] on or before t ÷ its planned duration), capped at B;
/// a milestone (duration 0) counts whole on and after its shown date; an item with no planned dates has no PV.
/// EV = B × the percent complete recorded on or before t (0 before any entry).
/// AC = expenses dated on or before t less refunds, plus the labour cost (hours × the person's rate on the day) of time entries
/// dated on or before t — summed by the caller. BAC = ΣB. Project figures are sums.
/// CV = EV − AC, SV = EV − PV, CPI = EV/AC, SPI = EV/PV, EAC = BAC/CPI, ETC = EAC − AC, VAC = BAC − EAC,
/// TCPI = (BAC − EV)/(BAC − AC); a zero denominator gives null, and so does anything computed from it.
/// Nothing is rounded here.
/// </summary>
public static class EarnedValueEngine
{
    public static decimal PlannedValue(EarnedValueItem item, WorkingCalendar calendar, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(calendar);
        if (item.Start is not { } start || item.Budget == 0m || asOf < start)
        {
            return 0m;
        }

        if (item.DurationDays <= 0)
        {
            return item.Budget;
        }

        if (item.Finish is { } finish && asOf >= finish)
        {
            return item.Budget;
        }

        var done = asOf == DateOnly.MaxValue
            ? calendar.WorkingDaysBetween(start, asOf) + (calendar.IsWorkingDay(asOf) ? 1 : 0)
            : calendar.WorkingDaysBetween(start, asOf.AddDays(1));
        return done >= item.DurationDays ? item.Budget : item.Budget * done / item.DurationDays;
    }

    public static decimal EarnedValue(EarnedValueItem item, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Budget * PercentAsOf(item.Progress, asOf) / 100m;
    }

    /// <summary>The last percent recorded on or before <paramref name="asOf"/> (entries oldest first), else 0.</summary>
    public static int PercentAsOf(IReadOnlyList<ProgressPoint> progress, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var percent = 0;
        foreach (var point in progress)
        {
            if (point.AsOf > asOf)
            {
                break;
            }

            percent = point.Percent;
        }

        return percent;
    }

    public static EarnedValueFigures Compute(IEnumerable<EarnedValueItem> items, decimal actualCost, WorkingCalendar calendar, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        decimal bac = 0m, pv = 0m, ev = 0m;
        foreach (var item in items)
        {
            bac += item.Budget;
            pv += PlannedValue(item, calendar, asOf);
            ev += EarnedValue(item, asOf);
        }

        return Figures(bac, pv, ev, actualCost);
    }

    /// <summary>The derived measures from the four sums.</summary>
    public static EarnedValueFigures Figures(decimal bac, decimal pv, decimal ev, decimal ac)
    {
        var cpi = ac == 0m ? (decimal?)null : ev / ac;
        var spi = pv == 0m ? (decimal?)null : ev / pv;
        var eac = cpi is { } c && c != 0m ? bac / c : (decimal?)null;
        var etc = eac - ac;
        var vac = bac - eac;
        var tcpi = bac == ac ? (decimal?)null : (bac - ev) / (bac - ac);
        return new EarnedValueFigures(bac, pv, ev, ac, ev - ac, ev - pv, cpi, spi, eac, etc, vac, tcpi);
    }
}
