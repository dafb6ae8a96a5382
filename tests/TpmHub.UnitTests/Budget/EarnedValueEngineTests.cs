using TpmHub.Core.Budget;
using TpmHub.Core.Projects;
using TpmHub.Core.Schedule;

namespace TpmHub.UnitTests.Budget;

public sealed class EarnedValueEngineTests
{
    // Monday 2 March 2026.
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly WorkingCalendar Weekdays = new(Monday, []);

    private static EarnedValueItem Task(decimal budget, DateOnly start, DateOnly finish, int days, params (DateOnly AsOf, int Percent)[] progress) =>
        new(budget, start, finish, days, progress.Select(p => new ProgressPoint(p.AsOf, p.Percent)).ToList());

    [Fact]
    public void Figures_TextbookCase_GiveEveryMeasure()
    {
        // PMBOK-style example: BAC 100,000; PV 50,000; EV 40,000; AC 45,000.
        var f = EarnedValueEngine.Figures(100_000m, 50_000m, 40_000m, 45_000m).Rounded();

        f.Cv.Should().Be(-5_000m);
        f.Sv.Should().Be(-10_000m);
        f.Cpi.Should().Be(0.8889m);
        f.Spi.Should().Be(0.8m);
        f.Eac.Should().Be(112_500m);
        f.Etc.Should().Be(67_500m);
        f.Vac.Should().Be(-12_500m);
        f.Tcpi.Should().Be(1.0909m);
    }

    [Fact]
    public void Figures_NothingSpent_LeaveCpiAndEverythingFromItNull()
    {
        var f = EarnedValueEngine.Figures(1_000m, 200m, 100m, 0m);

        f.Cpi.Should().BeNull();
        f.Eac.Should().BeNull();
        f.Etc.Should().BeNull();
        f.Vac.Should().BeNull();
        f.Spi.Should().Be(0.5m);
        f.Tcpi.Should().Be(0.9m);
        f.Cv.Should().Be(100m);
    }

    [Fact]
    public void Figures_NothingPlannedYet_LeaveSpiNull_AndSpentButNothingEarned_LeavesEacNull()
    {
        var f = EarnedValueEngine.Figures(1_000m, 0m, 0m, 50m);

        f.Spi.Should().BeNull();
        f.Cpi.Should().Be(0m);
        f.Eac.Should().BeNull("EAC = BAC / CPI and CPI is 0");
        f.Etc.Should().BeNull();
        f.Vac.Should().BeNull();
    }

    [Fact]
    public void Figures_BudgetExactlySpent_LeavesTcpiNull() =>
        EarnedValueEngine.Figures(500m, 500m, 400m, 500m).Tcpi.Should().BeNull();

    [Fact]
    public void Rounded_HalvesGoAwayFromZero_MoneyToTwoAndRatiosToFour()
    {
        var f = new EarnedValueFigures(0.125m, -0.125m, 0.005m, -0.005m, 2.675m, 0m, 0.12345m, -0.12345m, null, null, null, 2m / 3m).Rounded();

        f.Bac.Should().Be(0.13m);
        f.Pv.Should().Be(-0.13m);
        f.Ev.Should().Be(0.01m);
        f.Ac.Should().Be(-0.01m);
        f.Cv.Should().Be(2.68m);
        f.Cpi.Should().Be(0.1235m);
        f.Spi.Should().Be(-0.1235m);
        f.Tcpi.Should().Be(0.6667m);
        f.Eac.Should().BeNull();
    }

    [Theory]
    [InlineData(-1, 0)]      // the Friday before: nothing planned yet
    [InlineData(0, 2_000)]   // Monday, first of five days
    [InlineData(2, 6_000)]   // Wednesday
    [InlineData(5, 10_000)]  // Saturday after the finish
    [InlineData(30, 10_000)]
    public void PlannedValue_RunsByWorkingDaysOfThePlannedSpan(int daysAfterMonday, decimal expected)
    {
        var item = Task(10_000m, Monday, Monday.AddDays(4), 5);

        EarnedValueEngine.PlannedValue(item, Weekdays, Monday.AddDays(daysAfterMonday)).Should().Be(expected);
    }

    [Fact]
    public void PlannedValue_SkipsHolidays()
    {
        // Five working days from Monday with Wednesday a holiday: Mon, Tue, Thu, Fri, next Mon.
        var holidays = new WorkingCalendar(Monday, [Monday.AddDays(2)]);
        var item = Task(500m, Monday, Monday.AddDays(7), 5);

        EarnedValueEngine.PlannedValue(item, holidays, Monday.AddDays(2)).Should().Be(200m, "the holiday adds nothing");
        EarnedValueEngine.PlannedValue(item, holidays, Monday.AddDays(4)).Should().Be(400m);
        EarnedValueEngine.PlannedValue(item, holidays, Monday.AddDays(6)).Should().Be(400m, "nothing is planned at the weekend");
        EarnedValueEngine.PlannedValue(item, holidays, Monday.AddDays(7)).Should().Be(500m);
    }

    [Fact]
    public void PlannedValue_ThirdsAreNotRoundedBeforeTheOutput()
    {
        var item = Task(100m, Monday, Monday.AddDays(2), 3);

        var pv = EarnedValueEngine.PlannedValue(item, Weekdays, Monday);

        pv.Should().Be(100m / 3m);
        EarnedValueFigures.Money(pv * 3m).Should().Be(100m);
    }

    [Fact]
    public void PlannedValue_Milestone_CountsWholeOnAndAfterItsDate()
    {
        var milestone = Task(5_000m, Monday.AddDays(3), Monday.AddDays(3), 0);

        EarnedValueEngine.PlannedValue(milestone, Weekdays, Monday.AddDays(2)).Should().Be(0m);
        EarnedValueEngine.PlannedValue(milestone, Weekdays, Monday.AddDays(3)).Should().Be(5_000m);
        EarnedValueEngine.PlannedValue(milestone, Weekdays, Monday.AddDays(40)).Should().Be(5_000m);
    }

    [Fact]
    public void PlannedValue_ItemWithoutPlannedDates_HasNone() =>
        EarnedValueEngine.PlannedValue(new EarnedValueItem(900m, null, null, 5, []), Weekdays, Monday.AddDays(100)).Should().Be(0m);

    [Fact]
    public void EarnedValue_UsesTheLastPercentRecordedOnOrBeforeTheStatusDate()
    {
        var item = Task(2_000m, Monday, Monday.AddDays(11), 10,
            (Monday.AddDays(1), 10), (Monday.AddDays(3), 30), (Monday.AddDays(3), 25), (Monday.AddDays(8), 60));

        EarnedValueEngine.EarnedValue(item, Monday).Should().Be(0m, "nothing was recorded before");
        EarnedValueEngine.EarnedValue(item, Monday.AddDays(2)).Should().Be(200m);
        EarnedValueEngine.EarnedValue(item, Monday.AddDays(3)).Should().Be(500m, "the later entry of one day wins");
        EarnedValueEngine.EarnedValue(item, Monday.AddDays(20)).Should().Be(1_200m);
    }

    [Fact]
    public void Compute_SumsTheItems_AndTakesTheActualCostAsGiven()
    {
        var items = new[]
        {
            Task(10_000m, Monday, Monday.AddDays(4), 5, (Monday.AddDays(4), 100)),
            Task(6_000m, Monday.AddDays(7), Monday.AddDays(11), 5, (Monday.AddDays(9), 50)),
            new EarnedValueItem(1_000m, Monday.AddDays(14), Monday.AddDays(14), 0, []),
        };
        // 12,000 of invoices less a 500 refund.
        var ac = Expense.CostEffect(ExpenseKind.Expense, 12_000m) + Expense.CostEffect(ExpenseKind.Refund, 500m);

        var f = EarnedValueEngine.Compute(items, ac, Weekdays, Monday.AddDays(9)).Rounded();

        f.Bac.Should().Be(17_000m);
        f.Pv.Should().Be(10_000m + 3_600m);
        f.Ev.Should().Be(10_000m + 3_000m);
        f.Ac.Should().Be(11_500m);
        f.Cpi.Should().Be(1.1304m);
        f.Spi.Should().Be(0.9559m);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("0.95", "1.2", ProjectHealth.Green)]
    [InlineData("0.9499", "1", ProjectHealth.Amber)]
    [InlineData("1", "0.85", ProjectHealth.Amber)]
    [InlineData("0.8499", "1", ProjectHealth.Red)]
    [InlineData(null, "0.5", ProjectHealth.Red)]
    public void BudgetHealth_UsesTheWorseOfCpiAndSpi(string? cpi, string? spi, ProjectHealth? expected) =>
        BudgetHealth.Classify(cpi is null ? null : decimal.Parse(cpi, System.Globalization.CultureInfo.InvariantCulture),
            spi is null ? null : decimal.Parse(spi, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);

    [Fact]
    public void Readings_SayEachMeasureInPlainWords()
    {
        var f = EarnedValueEngine.Figures(100_000m, 50_000m, 42_500m, 50_000m).Rounded();

        var readings = EarnedValueReadings.For(f, "EUR", new DateOnly(2026, 3, 13));

        readings["cpi"].Should().Be("For every 1.00 spent, 0.85 of planned work was delivered.");
        readings["cv"].Should().Be("Over budget: the work done cost 7,500.00 EUR more than it was planned to cost.");
        readings["pv"].Should().Be("By 13 Mar 2026 the plan expected work worth 50,000.00 EUR to be done.");
        readings["vac"].Should().Be("The project is forecast to finish 17,647.06 EUR over its budget.");
        readings.Keys.Should().BeEquivalentTo(["bac", "pv", "ev", "ac", "cv", "sv", "cpi", "spi", "eac", "etc", "vac", "tcpi"]);
    }

    [Fact]
    public void Readings_OfNullRatios_SayWhyTheyCannotBeMeasured()
    {
        var readings = EarnedValueReadings.For(EarnedValueEngine.Figures(0m, 0m, 0m, 0m).Rounded(), "USD", Monday);

        readings["cpi"].Should().Be("Nothing has been spent yet, so cost efficiency cannot be measured.");
        readings["tcpi"].Should().Be("There is no planned cost to measure against yet.");
    }
}
