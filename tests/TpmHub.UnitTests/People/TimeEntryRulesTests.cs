using TpmHub.Core.People;

namespace TpmHub.UnitTests.People;

public sealed class TimeEntryRulesTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Theory]
    [InlineData(0.25, null)]
    [InlineData(24, null)]
    [InlineData(0, "hours")]
    [InlineData(-2, "hours")]
    [InlineData(24.25, "hours")]
    [InlineData(1.005, "hours")]
    public void Validate_Hours_AreMoreThanZeroAtMost24WithTwoDecimals(double hours, string? field)
    {
        var errors = TimeEntryRules.Validate(Start, (decimal)hours, null, Start, Today).ToDictionary();
        if (field is null)
        {
            errors.Should().BeEmpty();
        }
        else
        {
            errors.Keys.Should().Equal(field);
        }
    }

    [Fact]
    public void Validate_DateBeforeTheProjectOrAfterToday_OrMissing_IsRefused()
    {
        TimeEntryRules.Validate(Start.AddDays(-1), 1, null, Start, Today).ToDictionary()["date"].Single().Should().Contain("before the project starts");
        TimeEntryRules.Validate(Today.AddDays(1), 1, null, Start, Today).ToDictionary()["date"].Single().Should().Contain("future");
        TimeEntryRules.Validate(null, null, new string('x', 1001), Start, Today).ToDictionary().Keys.Should().BeEquivalentTo("date", "hours", "note");
        TimeEntryRules.Validate(Today, 8, "ok", Start, Today).Any.Should().BeFalse();
    }

    [Fact]
    public void DayTotalProblem_OnlyWhenTheDayWouldPass24Hours()
    {
        TimeEntryRules.DayTotalProblem(Today, 16, 8).Should().BeNull();
        TimeEntryRules.DayTotalProblem(Today, 16, 8.25m).Should().Contain("16 h").And.Contain("pass 24 h");
    }

    [Fact]
    public void RateOn_TakesTheLatestStartedRate_AndCostIsHoursTimesIt()
    {
        PersonRate[] rates =
        [
            new() { RatePerHour = 120m, Currency = "USD", From = new DateOnly(2026, 2, 1) },
            new() { RatePerHour = 100m, Currency = "USD", From = new DateOnly(2026, 1, 1) },
        ];

        TimeEntryRules.RateOn(rates, new DateOnly(2025, 12, 31)).Should().BeNull();
        TimeEntryRules.RateOn(rates, new DateOnly(2026, 1, 31))!.RatePerHour.Should().Be(100m);
        TimeEntryRules.RateOn(rates, new DateOnly(2026, 2, 1))!.RatePerHour.Should().Be(120m);
        TimeEntryRules.Cost(7.5m, rates, new DateOnly(2026, 1, 15)).Should().Be(750m);
        TimeEntryRules.Cost(7.5m, rates, new DateOnly(2025, 1, 15)).Should().Be(0m);
    }

    [Theory]
    [InlineData("2026-11-30", "2026-11-30")]
    [InlineData("2026-12-06", "2026-11-30")]
    [InlineData("2026-12-07", "2026-12-07")]
    public void WeekOf_IsTheMonday(string day, string monday) =>
        TimeEntryRules.WeekOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Should()
            .Be(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture));
}
