using TpmHub.Core.Schedule;

namespace TpmHub.UnitTests.Schedule;

public sealed class WorkingCalendarTests
{
    private static readonly DateOnly Monday = new(2026, 1, 5);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static WorkingCalendar Calendar(params string[] holidays) => new(Monday, holidays.Select(D));

    [Fact]
    public void Start_ProjectStartsOnSaturday_IsFollowingMonday() =>
        new WorkingCalendar(D("2026-01-03"), []).Start.Should().Be(D("2026-01-05"));

    [Fact]
    public void Start_ProjectStartsOnHolidayBeforeWeekend_IsFirstWorkingDayAfter() =>
        new WorkingCalendar(D("2026-01-09"), [D("2026-01-09"), D("2026-01-12")]).Start.Should().Be(D("2026-01-13"));

    [Fact]
    public void Start_ProjectStartsOnWorkingDay_IsThatDay() => Calendar().Start.Should().Be(Monday);

    [Theory]
    [InlineData("2026-01-05", true)]
    [InlineData("2026-01-09", true)]
    [InlineData("2026-01-10", false)]
    [InlineData("2026-01-11", false)]
    [InlineData("2026-01-07", false)]
    public void IsWorkingDay_WeekendsAndHolidays_AreNotWorkingDays(string date, bool expected) =>
        Calendar("2026-01-07").IsWorkingDay(D(date)).Should().Be(expected);

    [Theory]
    [InlineData(0, "2026-01-05")]
    [InlineData(4, "2026-01-09")]
    [InlineData(5, "2026-01-12")]
    [InlineData(10, "2026-01-19")]
    [InlineData(-1, "2026-01-02")]
    [InlineData(-2, "2026-01-01")]
    [InlineData(-3, "2025-12-31")]
    public void DateOf_NoHolidays_SkipsWeekends(int offset, string expected) => Calendar().DateOf(offset).Should().Be(D(expected));

    [Theory]
    [InlineData(0, "2026-01-05")]
    [InlineData(1, "2026-01-06")]
    [InlineData(2, "2026-01-08")]
    [InlineData(3, "2026-01-09")]
    [InlineData(4, "2026-01-13")]
    [InlineData(-1, "2025-12-31")]
    public void DateOf_Holidays_SkipsHolidays(int offset, string expected) =>
        Calendar("2026-01-07", "2026-01-12", "2026-01-01", "2026-01-02").DateOf(offset).Should().Be(D(expected));

    [Theory]
    [InlineData("2026-01-05", 0)]
    [InlineData("2026-01-10", 5)]
    [InlineData("2026-01-11", 5)]
    [InlineData("2026-01-12", 5)]
    [InlineData("2026-01-03", 0)]
    [InlineData("2026-01-02", -1)]
    [InlineData("2025-12-29", -5)]
    public void OffsetOnOrAfter_Dates_CountWorkingDaysFromStart(string date, int expected) =>
        Calendar().OffsetOnOrAfter(D(date)).Should().Be(expected);

    [Fact]
    public void OffsetOnOrAfter_Holiday_IsOffsetOfNextWorkingDay() =>
        Calendar("2026-01-07").OffsetOnOrAfter(D("2026-01-07")).Should().Be(2).And.Be(Calendar("2026-01-07").OffsetOnOrAfter(D("2026-01-08")));

    [Fact]
    public void WorkingDaysBetween_HolidayOnWeekend_IsNotCounted() =>
        Calendar("2026-01-10", "2026-01-11").WorkingDaysBetween(D("2026-01-05"), D("2026-01-19")).Should().Be(10);

    [Fact]
    public void WorkingDaysBetween_WeekdayHoliday_IsCountedOnceEvenWhenRepeated() =>
        Calendar("2026-01-07", "2026-01-07", "2026-01-10").WorkingDaysBetween(D("2026-01-05"), D("2026-01-19")).Should().Be(9);

    [Fact]
    public void WorkingDaysBetween_ReversedRange_IsNegative() =>
        Calendar("2026-01-07").WorkingDaysBetween(D("2026-01-19"), D("2026-01-05")).Should().Be(-9);

    [Fact]
    public void WorkingDaysBetween_SameDay_IsZero() => Calendar().WorkingDaysBetween(Monday, Monday).Should().Be(0);

    [Fact]
    public void Holidays_WeekendAndRepeatedHolidays_AreDroppedAndSorted() =>
        Calendar("2026-01-12", "2026-01-10", "2026-01-07", "2026-01-12").Holidays.Should().Equal(D("2026-01-07"), D("2026-01-12"));

    [Fact]
    public void DateOf_OffsetPastLastDate_Throws()
    {
        var calendar = Calendar();
        var act = () => calendar.DateOf(calendar.LastOffset + 1);
        act.Should().Throw<ArgumentOutOfRangeException>();
        calendar.DateOf(calendar.LastOffset).Should().Be(DateOnly.MaxValue);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(2024)]
    [InlineData(31337)]
    public void DateOfAndOffsetOnOrAfter_RandomMultiYearDates_MatchDayByDayReference(int seed)
    {
        var random = new Random(seed);
        var projectStart = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 3650));
        var holidays = RandomHolidays(random, projectStart.AddDays(-6 * 365), projectStart.AddDays(12 * 365));
        var calendar = new WorkingCalendar(projectStart, holidays);
        var reference = new DayByDayCalendar(projectStart, holidays);

        calendar.Start.Should().Be(reference.Start);
        for (var i = 0; i < 300; i++)
        {
            var offset = random.Next(-1200, 2800);
            var date = calendar.DateOf(offset);
            date.Should().Be(reference.DateOf(offset), "offset {0} (seed {1})", offset, seed);
            calendar.OffsetOnOrAfter(date).Should().Be(offset);
            calendar.IsWorkingDay(date).Should().BeTrue();

            var any = projectStart.AddDays(random.Next(-5 * 365, 11 * 365));
            calendar.OffsetOnOrAfter(any).Should().Be(reference.OffsetOnOrAfter(any), "date {0} (seed {1})", any, seed);
            calendar.IsWorkingDay(any).Should().Be(reference.IsWorkingDay(any));

            var other = projectStart.AddDays(random.Next(-5 * 365, 11 * 365));
            calendar.WorkingDaysBetween(any, other).Should().Be(reference.WorkingDaysBetween(any, other), "{0} to {1} (seed {2})", any, other, seed);
        }
    }

    /// <summary>About 12 holidays a year on random days (weekends included) plus a run of consecutive ones each winter.</summary>
    private static List<DateOnly> RandomHolidays(Random random, DateOnly from, DateOnly to)
    {
        var holidays = new List<DateOnly>();
        for (var year = from.Year; year <= to.Year; year++)
        {
            for (var i = 0; i < 12; i++)
            {
                holidays.Add(new DateOnly(year, 1, 1).AddDays(random.Next(0, 365)));
            }

            var winter = new DateOnly(year, 12, 20).AddDays(random.Next(0, 5));
            for (var i = 0; i < random.Next(3, 12); i++)
            {
                holidays.Add(winter.AddDays(i));
            }
        }

        return holidays;
    }

    /// <summary>The obvious implementation, one day at a time, to check the closed-form arithmetic against.</summary>
    private sealed class DayByDayCalendar
    {
        private readonly HashSet<DateOnly> _holidays;

        public DayByDayCalendar(DateOnly projectStart, IEnumerable<DateOnly> holidays)
        {
            _holidays = [.. holidays];
            Start = projectStart;
            while (!IsWorkingDay(Start))
            {
                Start = Start.AddDays(1);
            }
        }

        public DateOnly Start { get; }

        public bool IsWorkingDay(DateOnly date) =>
            date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date);

        public DateOnly DateOf(int offset)
        {
            var date = Start;
            var step = offset >= 0 ? 1 : -1;
            for (var remaining = Math.Abs(offset); remaining > 0;)
            {
                date = date.AddDays(step);
                if (IsWorkingDay(date))
                {
                    remaining--;
                }
            }

            return date;
        }

        public int OffsetOnOrAfter(DateOnly date) => WorkingDaysBetween(Start, date);

        public int WorkingDaysBetween(DateOnly from, DateOnly toExclusive)
        {
            var count = 0;
            for (var day = from; day < toExclusive; day = day.AddDays(1))
            {
                count += IsWorkingDay(day) ? 1 : 0;
            }

            for (var day = toExclusive; day < from; day = day.AddDays(1))
            {
                count -= IsWorkingDay(day) ? 1 : 0;
            }

            return count;
        }
    }
}
