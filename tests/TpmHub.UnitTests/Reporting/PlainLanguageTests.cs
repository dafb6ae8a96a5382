using TpmHub.Core.Reporting;

namespace TpmHub.UnitTests.Reporting;

public sealed class PlainLanguageTests
{
    [Theory]
    [InlineData(0, "zero")]
    [InlineData(1, "one")]
    [InlineData(5, "five")]
    [InlineData(10, "ten")]
    [InlineData(11, "11")]
    [InlineData(1250, "1,250")]
    [InlineData(-3, "-3")]
    public void Number_OneToTenInWords_OthersAsDigits(int n, string expected) => PlainLanguage.Number(n).Should().Be(expected);

    [Theory]
    [InlineData(5, "The work that sets the end date is five days late.")]
    [InlineData(1, "The work that sets the end date is one day late.")]
    [InlineData(12, "The work that sets the end date is 12 days late.")]
    [InlineData(0, "The work that sets the end date is on time.")]
    [InlineData(-1, "The work that sets the end date is one day ahead.")]
    [InlineData(-3, "The work that sets the end date is three days ahead.")]
    [InlineData(-25, "The work that sets the end date is 25 days ahead.")]
    public void CriticalPathSlip_LateOnTimeAhead_SaysSo(int slip, string expected) => PlainLanguage.CriticalPathSlip(slip).Should().Be(expected);

    [Fact]
    public void CriticalPathSlip_NoBaseline_SaysThereIsNothingToCompare() =>
        PlainLanguage.CriticalPathSlip(null).Should().Be("There is no baseline yet, so nobody can say whether the end date has moved.");

    [Theory]
    [InlineData("0.9", "For every 10 days of work planned by now, 9 were done.")]
    [InlineData("1", "For every 10 days of work planned by now, 10 were done.")]
    [InlineData("1.2", "For every 10 days of work planned by now, 12 were done.")]
    [InlineData("0.95", "For every 10 days of work planned by now, 9.5 were done.")]
    [InlineData("0.2744", "For every 10 days of work planned by now, 2.7 were done.")]
    [InlineData("0.1", "For every 10 days of work planned by now, 1 was done.")]
    [InlineData("0", "For every 10 days of work planned by now, 0 were done.")]
    public void Spi_AsDoneOutOfTenPlanned(string spi, string expected) =>
        PlainLanguage.Spi(decimal.Parse(spi, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);

    [Fact]
    public void Spi_Absent_SaysNothingWasPlannedYet() =>
        PlainLanguage.Spi(null).Should().Be("No work was planned to be done by now, so progress against the plan cannot be measured yet.");

    [Theory]
    [InlineData("1.1", "USD", "Each dollar spent bought 1.10 dollars of planned work.")]
    [InlineData("0.8805", "USD", "Each dollar spent bought 0.88 dollars of planned work.")]
    [InlineData("0.9", "EUR", "Each euro spent bought 0.90 euros of planned work.")]
    [InlineData("1.25", "GBP", "Each pound spent bought 1.25 pounds of planned work.")]
    [InlineData("1", "USD", "Each dollar spent bought exactly one dollar of planned work.")]
    [InlineData("1.004", "AUD", "Each dollar spent bought exactly one dollar of planned work.")]
    [InlineData("1.1", "chf", "Each CHF spent bought 1.10 CHF of planned work.")]
    [InlineData("0", "JPY", "Each yen spent bought 0.00 yen of planned work.")]
    public void Cpi_InTheProjectsCurrency(string cpi, string currency, string expected) =>
        PlainLanguage.Cpi(decimal.Parse(cpi, System.Globalization.CultureInfo.InvariantCulture), currency).Should().Be(expected);

    [Fact]
    public void Cpi_Absent_SaysNothingWasSpent() =>
        PlainLanguage.Cpi(null, "USD").Should().Be("Nothing has been spent yet, so value for money cannot be measured.");

    [Theory]
    [InlineData(3, "can slip three working days without moving the end date")]
    [InlineData(1, "can slip one working day without moving the end date")]
    [InlineData(15, "can slip 15 working days without moving the end date")]
    [InlineData(0, "cannot slip at all without moving the end date")]
    [InlineData(-2, "cannot slip at all without moving the end date")]
    public void TotalFloat_AsWhatCanSlip(int days, string expected) => PlainLanguage.TotalFloat(days).Should().Be(expected);

    [Theory]
    [InlineData("1250000", "1200000", "At the rate spent so far, the whole project will cost 1,250,000 USD, 50,000 USD more than its budget of 1,200,000 USD.")]
    [InlineData("900000.4", "1000000", "At the rate spent so far, the whole project will cost 900,000 USD, 100,000 USD less than its budget of 1,000,000 USD.")]
    [InlineData("1000000.2", "1000000", "At the rate spent so far, the whole project will cost 1,000,000 USD, exactly its budget.")]
    public void Eac_AgainstTheBudget(string eac, string bac, string expected) =>
        PlainLanguage.Eac(decimal.Parse(eac, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(bac, System.Globalization.CultureInfo.InvariantCulture), "USD")
            .Should().Be(expected);

    [Fact]
    public void Eac_Absent_SaysItCannotBeForecastYet() =>
        PlainLanguage.Eac(null, 1000m, "USD").Should().Be("The final cost cannot be forecast until work has been done and paid for.");

    [Theory]
    [InlineData(1, "one working day")]
    [InlineData(2, "two working days")]
    [InlineData(0, "zero working days")]
    public void Count_SingularOnlyForOne(int n, string expected) => PlainLanguage.Count(n, "working day").Should().Be(expected);
}
