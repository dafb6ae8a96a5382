using TpmHub.Core.Stakeholders;

namespace TpmHub.UnitTests.Stakeholders;

public sealed class StakeholderRulesTests
{
    [Theory]
    [InlineData(3, 3, StakeholderQuadrant.ManageClosely)]
    [InlineData(5, 5, StakeholderQuadrant.ManageClosely)]
    [InlineData(3, 2, StakeholderQuadrant.KeepSatisfied)]
    [InlineData(5, 1, StakeholderQuadrant.KeepSatisfied)]
    [InlineData(2, 3, StakeholderQuadrant.KeepInformed)]
    [InlineData(1, 5, StakeholderQuadrant.KeepInformed)]
    [InlineData(2, 2, StakeholderQuadrant.Monitor)]
    [InlineData(1, 1, StakeholderQuadrant.Monitor)]
    public void Quadrant_HighFromThree_PlacesEachCorner(int power, int interest, StakeholderQuadrant expected) =>
        StakeholderRules.Quadrant(power, interest).Should().Be(expected);

    [Fact]
    public void Gap_DesiredAboveCurrent_IsPositiveAndNamedAsStepsToGo()
    {
        StakeholderRules.Gap(Engagement.Resistant, Engagement.Supportive).Should().Be(2);
        StakeholderRules.GapText(Engagement.Resistant, Engagement.Supportive)
            .Should().Be("Engagement gap: resistant now, supportive wanted (2 steps to go).");
        StakeholderRules.GapText(Engagement.Neutral, Engagement.Supportive).Should().Be("Engagement gap: neutral now, supportive wanted (1 step to go).");
    }

    [Theory]
    [InlineData(Engagement.Unaware)]
    [InlineData(Engagement.Neutral)]
    [InlineData(Engagement.Leading)]
    public void Gap_SameEngagement_IsZeroWithNoSentence(Engagement engagement)
    {
        StakeholderRules.Gap(engagement, engagement).Should().Be(0);
        StakeholderRules.GapText(engagement, engagement).Should().BeNull();
    }

    [Fact]
    public void Gap_CurrentAboveDesired_IsNegativeAndNamedAsOver()
    {
        StakeholderRules.Gap(Engagement.Leading, Engagement.Neutral).Should().Be(-2);
        StakeholderRules.GapText(Engagement.Leading, Engagement.Neutral)
            .Should().Be("More engaged than planned: leading now, neutral wanted (2 steps over).");
        StakeholderRules.GapText(Engagement.Supportive, Engagement.Neutral)
            .Should().Be("More engaged than planned: supportive now, neutral wanted (1 step over).");
    }

    [Fact]
    public void Validate_AGoodStakeholder_HasNoErrors() =>
        Validate().Should().BeEmpty();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NameMissing_NamesName(string? name) =>
        Validate(name: name).Should().ContainKey("name").WhoseValue.Single().Should().Be("Name the stakeholder.");

    [Fact]
    public void Validate_NameOver120Characters_IsRefused_120IsAccepted()
    {
        Validate(name: new string('n', StakeholderRules.NameMaxLength + 1)).Should().ContainKey("name");
        Validate(name: new string('n', StakeholderRules.NameMaxLength)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(null)]
    public void Validate_RatingOutside1To5OrMissing_NamesIt(int? rating)
    {
        Validate(power: rating).Should().ContainKey("power").And.HaveCount(1);
        Validate(interest: rating).Should().ContainKey("interest").And.HaveCount(1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Validate_RatingAtTheEnds_IsAccepted(int rating) =>
        Validate(power: rating, interest: rating).Should().BeEmpty();

    [Theory]
    [InlineData("name")]
    [InlineData("organisation")]
    [InlineData("title")]
    [InlineData("email")]
    [InlineData("strategy")]
    [InlineData("preferences")]
    public void Validate_NulInText_NamesTheField(string field)
    {
        var errors = field switch
        {
            "name" => Validate(name: "CF\0O"),
            "organisation" => Validate(organisation: "Fin\0ance"),
            "title" => Validate(title: "\0"),
            "email" => Validate(email: "cfo\0@example.com"),
            "strategy" => Validate(strategy: "Meet\0 weekly"),
            _ => Validate(preferences: "\0"),
        };

        errors.Should().ContainKey(field).And.HaveCount(1);
        errors[field].Should().ContainSingle().Which.Should().Contain("NUL");
    }

    [Theory]
    [InlineData("organisation", StakeholderRules.ShortTextMaxLength)]
    [InlineData("title", StakeholderRules.ShortTextMaxLength)]
    [InlineData("strategy", StakeholderRules.TextMaxLength)]
    [InlineData("preferences", StakeholderRules.TextMaxLength)]
    public void Validate_TextOverItsLimit_NamesTheField(string field, int max)
    {
        var text = new string('x', max + 1);
        var errors = field switch
        {
            "organisation" => Validate(organisation: text),
            "title" => Validate(title: text),
            "strategy" => Validate(strategy: text),
            _ => Validate(preferences: text),
        };

        errors.Should().ContainKey(field).And.HaveCount(1);
        errors[field].Single().Should().Contain($"at most {max}");
    }

    [Fact]
    public void Validate_EmailOverItsLimit_NamesEmail() =>
        Validate(email: new string('a', StakeholderRules.ShortTextMaxLength) + "@example.com").Should().ContainKey("email");

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("@example.com")]
    [InlineData("cfo@")]
    [InlineData("cfo@example")]
    [InlineData("cfo@.com")]
    [InlineData("cfo@example.com.")]
    [InlineData("c fo@example.com")]
    [InlineData("cfo@@example.com")]
    [InlineData("a@b@example.com")]
    public void Validate_BadEmail_NamesEmail(string email) =>
        Validate(email: email).Should().ContainKey("email").And.HaveCount(1);

    [Theory]
    [InlineData("cfo@example.com")]
    [InlineData("  dana.lee+tpm@corp.example.co.uk  ")]
    [InlineData("")]
    [InlineData(null)]
    public void Validate_GoodOrNoEmail_IsAccepted(string? email) =>
        Validate(email: email).Should().BeEmpty();

    private static IReadOnlyDictionary<string, string[]> Validate(string? name = "Dana Lee", string? organisation = "Finance", string? title = "CFO",
        string? email = "dana@example.com", int? power = 5, int? interest = 3, string? strategy = "Monthly one-to-one", string? preferences = "Email") =>
        StakeholderRules.Validate(name, organisation, title, email, power, interest, strategy, preferences).ToDictionary();
}
