using TpmHub.Core.People;

namespace TpmHub.UnitTests.People;

public sealed class PersonRulesTests
{
    private static Dictionary<string, string[]> Errors(decimal? capacity = 40m, decimal? rate = 100m, string? currency = "USD",
        IReadOnlyList<(string?, int?)>? skills = null, IReadOnlyList<(DateOnly?, DateOnly?)>? timeOff = null, string? name = "Ana Silva", string? email = null) =>
        PersonRules.Validate(name, email, "Engineer", "Platform", "Lisbon", capacity, rate, currency, skills, timeOff).ToDictionary()
            .ToDictionary(kv => kv.Key, kv => kv.Value);

    [Fact]
    public void Validate_AGoodPerson_HasNoErrors()
    {
        Errors(skills: [("Kubernetes", 4), ("AWS", 5)], timeOff: [(new DateOnly(2026, 8, 3), new DateOnly(2026, 8, 3))]).Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-0.01, false)]
    [InlineData(168, true)]
    [InlineData(168.01, false)]
    public void Validate_Capacity_IsZeroTo168(double capacity, bool ok)
    {
        Errors(capacity: (decimal)capacity).ContainsKey("weeklyCapacityHours").Should().Be(!ok);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10.555)]
    public void Validate_CostRate_MustBePositiveMoney(double rate)
    {
        Errors(rate: (decimal)rate).Keys.Should().Equal("costRate");
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("EURO")]
    [InlineData("12$")]
    [InlineData(null)]
    public void Validate_Currency_IsThreeUpperCaseLetters(string? currency)
    {
        Errors(currency: currency).Keys.Should().Equal("costCurrency");
    }

    [Fact]
    public void Validate_SkillLevelsAndDuplicates_AreNamedByIndex()
    {
        var errors = Errors(skills: [("AWS", 0), ("Kubernetes", 6), ("aws ", 3), ("", 3)]);

        errors.Keys.Should().BeEquivalentTo("skills[0].level", "skills[1].level", "skills[2].name", "skills[3].name");
        errors["skills[2].name"][0].Should().Contain("twice");
    }

    [Fact]
    public void Validate_TimeOffEndingBeforeItStarts_IsNamed()
    {
        Errors(timeOff: [(new DateOnly(2026, 8, 10), new DateOnly(2026, 8, 7)), (null, new DateOnly(2026, 8, 7))]).Keys
            .Should().BeEquivalentTo("timeOff[0].to", "timeOff[1].from");
    }

    [Fact]
    public void Validate_NameMissing_NulText_AndLengths_AreNamed()
    {
        Errors(name: " ").Keys.Should().Equal("name");
        Errors(name: "A\0B").Keys.Should().Equal("name");
        Errors(name: new string('x', 121)).Keys.Should().Equal("name");
        Errors(email: "not-an-email").Keys.Should().Equal("email");
    }

    [Fact]
    public void RateOn_PicksTheLatestRateOnOrBeforeTheDay()
    {
        PersonRate[] rates =
        [
            new() { RatePerHour = 100m, Currency = "USD", From = new DateOnly(2026, 1, 1) },
            new() { RatePerHour = 120m, Currency = "USD", From = new DateOnly(2026, 7, 1) },
        ];

        PersonRules.RateOn(rates, new DateOnly(2025, 12, 31)).Should().BeNull();
        PersonRules.RateOn(rates, new DateOnly(2026, 1, 1))!.RatePerHour.Should().Be(100m);
        PersonRules.RateOn(rates, new DateOnly(2026, 6, 30))!.RatePerHour.Should().Be(100m);
        PersonRules.RateOn(rates, new DateOnly(2026, 7, 1))!.RatePerHour.Should().Be(120m);
    }
}
