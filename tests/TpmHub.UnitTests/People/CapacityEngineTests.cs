using TpmHub.Core.People;

namespace TpmHub.UnitTests.People;

public sealed class CapacityEngineTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Fact]
    public void Weeks_TimeOffTakesDaysOut_AllocationsCountOnlyAvailableDays()
    {
        var input = new CapacityInput(40m, [(new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 4))],
            [(50, new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31))], []);

        var weeks = CapacityEngine.Weeks(input, Monday.AddDays(2), 2);

        weeks[0].Should().Be(new CapacityWeek(Monday, 24m, 12m, 0m, false));
        weeks[1].Should().Be(new CapacityWeek(Monday.AddDays(7), 40m, 20m, 0m, false));
    }

    [Fact]
    public void Weeks_PublicHolidaysAndVacationBothTakeDaysOut_OverlappingDaysCountOnce()
    {
        // Christmas week 2026: Friday 25 Dec is a public holiday, a vacation covers Thursday 24 to Friday 25 December.
        var christmasWeek = new DateOnly(2026, 12, 21);
        var input = new CapacityInput(37.5m, [(new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 25)), (new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25))],
            [(100, christmasWeek, christmasWeek.AddDays(13))], []);

        var weeks = CapacityEngine.Weeks(input, christmasWeek, 2);

        weeks[0].Should().Be(new CapacityWeek(christmasWeek, 22.5m, 22.5m, 0m, false), "three of five days remain; 100 % of them is allocated, not over");
        weeks[1].CapacityHours.Should().Be(37.5m);
    }

    [Fact]
    public void Weeks_TwoAllocationsOver100Percent_AreOverAllocated_AndPartialWeeksArePartial()
    {
        var input = new CapacityInput(40m, [],
            [(60, Monday, Monday.AddDays(13)), (60, Monday.AddDays(2), Monday.AddDays(8))], []);

        var weeks = CapacityEngine.Weeks(input, Monday, 3);

        weeks[0].AllocatedHours.Should().Be(24m + 14.4m);
        weeks[0].OverAllocated.Should().BeFalse("38.4 of 40 hours");
        weeks[1].AllocatedHours.Should().Be(24m + 9.6m);
        weeks[2].Should().Be(new CapacityWeek(Monday.AddDays(14), 40m, 0m, 0m, false));
    }

    [Fact]
    public void Weeks_AssignedWorkIsSpreadOverItsWeekdays_AndPushesOverCapacity()
    {
        // Ten weekdays from Monday 30 Nov to Friday 11 Dec, 80 hours: 40 a week, on top of a 50 % allocation.
        var input = new CapacityInput(40m, [], [(50, Monday, Monday.AddDays(20))], [(80m, Monday, Monday.AddDays(11))]);

        var weeks = CapacityEngine.Weeks(input, Monday, 3);

        weeks.Select(w => w.DemandHours).Should().Equal(40m, 40m, 0m);
        weeks.Select(w => w.OverAllocated).Should().Equal(true, true, false);
    }

    [Fact]
    public void Weeks_AWholeWeekOff_HasNoCapacity_AndIsOverOnlyWhenSomethingIsAsked()
    {
        var off = new CapacityInput(40m, [(Monday, Monday.AddDays(4))], [], []);
        CapacityEngine.Weeks(off, Monday, 1)[0].Should().Be(new CapacityWeek(Monday, 0m, 0m, 0m, false));

        var asked = new CapacityInput(40m, [(Monday, Monday.AddDays(4))], [], [(8m, Monday.AddDays(5), Monday.AddDays(6))]);
        CapacityEngine.Weeks(asked, Monday, 1)[0].Should().Be(new CapacityWeek(Monday, 0m, 0m, 8m, true), "work dated on a weekend lands on its week");
    }

    [Theory]
    [InlineData("2026-11-30", "2026-12-04", 5)]
    [InlineData("2026-11-28", "2026-12-06", 5)]
    [InlineData("2026-12-05", "2026-12-06", 0)]
    [InlineData("2026-12-04", "2026-12-03", 0)]
    public void Weekdays_CountsMondayToFriday(string from, string to, int expected) =>
        CapacityEngine.Weekdays(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be(expected);

    [Fact]
    public void AllocationRules_PercentOutsideOneToHundred_AndEndBeforeStart_AreRefused()
    {
        AllocationRules.Validate(0, Monday, Monday).ToDictionary().Keys.Should().Equal("percent");
        AllocationRules.Validate(101, Monday, Monday).ToDictionary().Keys.Should().Equal("percent");
        AllocationRules.Validate(50, Monday, Monday.AddDays(-1)).ToDictionary()["to"].Single().Should().Contain("before it starts");
        AllocationRules.Validate(null, null, null).ToDictionary().Keys.Should().BeEquivalentTo("percent", "from", "to");
        AllocationRules.Validate(100, Monday, Monday).Any.Should().BeFalse();
    }
}
