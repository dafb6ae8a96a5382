using TpmHub.Core.Communications;

namespace TpmHub.UnitTests.Communications;

public sealed class CommunicationRulesTests
{
    private static readonly DateOnly Sent = new(2026, 11, 24);

    [Theory]
    [InlineData(CommunicationFrequency.Weekly, "2026-12-01")]
    [InlineData(CommunicationFrequency.Fortnightly, "2026-12-08")]
    [InlineData(CommunicationFrequency.Monthly, "2026-12-24")]
    public void Advance_FixedFrequency_MovesFromTheSentDate(CommunicationFrequency frequency, string expected)
    {
        var advance = CommunicationRules.Advance(frequency, Sent, []);

        advance.NextDue.Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        advance.Message.Should().StartWith($"Sent on 2026-11-24; next due {expected}");
    }

    [Theory]
    [InlineData("2026-01-31", "2026-02-28")]
    [InlineData("2028-01-31", "2028-02-29")]
    [InlineData("2026-12-15", "2027-01-15")]
    public void Advance_Monthly_IsOneCalendarMonthClampedToTheMonthsEnd(string sent, string expected) =>
        CommunicationRules.Advance(CommunicationFrequency.Monthly, DateOnly.Parse(sent, System.Globalization.CultureInfo.InvariantCulture), []).NextDue
            .Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Advance_Weekly_IgnoresMilestones()
    {
        CommunicationRules.Advance(CommunicationFrequency.Weekly, Sent, [new DateOnly(2026, 11, 25)]).NextDue.Should().Be(new DateOnly(2026, 12, 1));
    }

    [Fact]
    public void Advance_PerMilestone_TakesTheEarliestMilestoneAfterTheSentDate()
    {
        DateOnly[] milestones = [new(2027, 2, 1), Sent, new(2026, 11, 1), new(2026, 12, 18), new(2027, 1, 4)];

        var advance = CommunicationRules.Advance(CommunicationFrequency.PerMilestone, Sent, milestones);

        advance.NextDue.Should().Be(new DateOnly(2026, 12, 18));
        advance.Message.Should().Contain("next open milestone");
    }

    [Fact]
    public void Advance_PerMilestone_NoneAfterTheSentDate_StaysAndSaysSo()
    {
        var advance = CommunicationRules.Advance(CommunicationFrequency.PerMilestone, Sent, [new DateOnly(2026, 11, 1), Sent]);

        advance.NextDue.Should().BeNull();
        advance.Message.Should().Contain("no open milestone").And.Contain("stays as it was");
    }

    [Fact]
    public void Advance_PastTheLastAcceptedDate_Stays()
    {
        var advance = CommunicationRules.Advance(CommunicationFrequency.Monthly, new DateOnly(2100, 12, 15), []);

        advance.NextDue.Should().BeNull();
        advance.Message.Should().Contain("2100-12-31");
    }

    [Theory]
    [InlineData("2026-11-30", true)]
    [InlineData("2026-12-01", false)]
    [InlineData("2026-12-02", false)]
    public void IsOverdue_OnlyWhenDueBeforeToday(string due, bool overdue)
    {
        var today = new DateOnly(2026, 12, 1);
        var nextDue = DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture);

        CommunicationRules.IsOverdue(nextDue, today).Should().Be(overdue);
        CommunicationRules.Overdue(today).Compile()(new Communication { NextDue = nextDue }).Should().Be(overdue);
    }

    [Theory]
    [InlineData("2026-11-24", "Overdue since 24 Nov")]
    [InlineData("2025-12-24", "Overdue since 24 Dec 2025")]
    [InlineData("2026-12-01", "Due today")]
    [InlineData("2026-12-02", "Due tomorrow")]
    [InlineData("2026-12-14", "Due on 14 Dec")]
    [InlineData("2027-01-05", "Due on 5 Jan 2027")]
    public void DueText_SaysWhenInPlainWords(string due, string expected) =>
        CommunicationRules.DueText(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 12, 1)).Should().Be(expected);

    [Fact]
    public void Validate_MissingAudienceWhatAndChannel_NamesEach()
    {
        var errors = CommunicationRules.Validate(" ", null, "", null).ToDictionary();

        errors.Keys.Should().BeEquivalentTo("audience", "what", "channel");
    }

    [Fact]
    public void Validate_NulAndOverlongText_AreNamed()
    {
        var errors = CommunicationRules.Validate("Steering\0", "x", new string('c', 201), "n\0").ToDictionary();

        errors.Keys.Should().BeEquivalentTo("audience", "channel", "notes");
        errors["audience"].Should().ContainSingle().Which.Should().Contain("NUL");
    }

    [Fact]
    public void Validate_Complete_HasNoErrors() =>
        CommunicationRules.Validate("Steering committee", "Weekly status", "Email", null).Any.Should().BeFalse();
}
