using System.Globalization;
using TpmHub.Core.Schedule;
using TpmHub.Core.Work;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.Web.Features.Work.Gantt;

/// <summary>The time axis: the minor periods (days or weeks) and the bands above them (months or quarters).</summary>
public sealed partial class WorkGanttLayout
{
    private static DateOnly MinorStart(DateOnly date, WorkGanttZoom zoom) =>
        zoom == WorkGanttZoom.Month ? new DateOnly(date.Year, date.Month, 1) : date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static DateOnly NextMinor(DateOnly periodStart, WorkGanttZoom zoom) =>
        zoom == WorkGanttZoom.Month ? periodStart.AddMonths(1) : periodStart.AddDays(7);

    /// <summary>
    /// The calendar periods that have working days inside the range, each spanning its working days on the collapsed
    /// axis, labelled with the date the period begins (a Monday, the 1st of a month, 1 January).
    /// </summary>
    private List<WorkGanttTick> Periods(Func<DateOnly, DateOnly> startOf, Func<DateOnly, DateOnly> next, string format)
    {
        var result = new List<WorkGanttTick>();
        for (var period = startOf(_calendar.DateOf(RangeStart)); ; period = next(period))
        {
            var from = Math.Max(RangeStart, _calendar.OffsetOnOrAfter(period));
            if (from >= RangeEnd)
            {
                break;
            }

            var to = Math.Min(RangeEnd, _calendar.OffsetOnOrAfter(next(period)));
            if (to > from)
            {
                result.Add(new WorkGanttTick(X(from), (to - from) * DayWidth, period.ToString(format, Invariant)));
            }
        }

        return result;
    }
}
