using TpmHub.Core.Projects;
using TpmHub.Core.Risks;

namespace TpmHub.UnitTests.Projects;

/// <summary>The computed health (issue 11): the worst of the parts that can be rated, each with its sentence, and the override rules.</summary>
public sealed class ProjectHealthTests
{
    private static readonly HealthPart GreenSchedule = new(ProjectHealth.Green, "Forecast finish matches baseline \"B1\".");
    private static readonly HealthPart AmberBudget = new(ProjectHealth.Amber, "Budget Amber: CPI 0.9, SPI 1.");
    private static readonly HealthPart Unrated = new(null, "No baseline yet.");

    [Fact]
    public void From_WorstPartWins_AndItsReasonComesFirst()
    {
        var health = ComputedHealth.From(GreenSchedule, AmberBudget, RiskHealth.Rate(3, 1, 0));

        health.Rating.Should().Be(ProjectHealth.Red);
        health.Reasons.Should().Equal("1 open risk is critical.", AmberBudget.Reason, GreenSchedule.Reason);
    }

    [Fact]
    public void From_UnratedPartsAreLeftOut()
    {
        var health = ComputedHealth.From(Unrated, AmberBudget, RiskHealth.Rate(0, 0, 0));

        health.Rating.Should().Be(ProjectHealth.Amber);
        health.Schedule.Rating.Should().BeNull();
        health.Reasons.Should().Equal(AmberBudget.Reason, "No open risks.", Unrated.Reason);
    }

    [Fact]
    public void From_NothingRated_IsGreen()
    {
        var health = ComputedHealth.From(Unrated, new HealthPart(null, "No budget yet."), new HealthPart(null, "No risks."));

        health.Rating.Should().Be(ProjectHealth.Green);
    }

    [Theory]
    [InlineData(0, 0, 0, ProjectHealth.Green, "No open risks.")]
    [InlineData(1, 0, 0, ProjectHealth.Green, "1 open risk, not critical, its review on time.")]
    [InlineData(4, 0, 0, ProjectHealth.Green, "4 open risks, none critical, every review on time.")]
    [InlineData(4, 0, 1, ProjectHealth.Amber, "1 risk review is overdue.")]
    [InlineData(4, 0, 2, ProjectHealth.Amber, "2 risk reviews are overdue.")]
    [InlineData(4, 1, 0, ProjectHealth.Red, "1 open risk is critical.")]
    [InlineData(4, 2, 3, ProjectHealth.Red, "2 open risks are critical; 3 risk reviews are overdue.")]
    public void RiskHealth_Rate_CriticalIsRed_OverdueReviewIsAmber(int open, int critical, int overdue, ProjectHealth rating, string reason)
    {
        var part = RiskHealth.Rate(open, critical, overdue);

        part.Rating.Should().Be(rating);
        part.Reason.Should().Be(reason);
    }

    [Fact]
    public void Effective_OverrideWins_AndSaysWhoSetItAndWhy()
    {
        var computed = ComputedHealth.From(GreenSchedule, AmberBudget, RiskHealth.Rate(0, 0, 0));
        var manual = new HealthOverride(ProjectHealth.Red, "Auditor moved the window.", "u1", "Marcus Chen", DateTimeOffset.UnixEpoch);

        ProjectHealthRules.Effective(computed, manual).Should().Be(ProjectHealth.Red);
        ProjectHealthRules.EffectiveReason(computed, manual).Should().Be("Set by hand by Marcus Chen: Auditor moved the window.");
        ProjectHealthRules.Effective(computed, null).Should().Be(ProjectHealth.Amber);
        ProjectHealthRules.EffectiveReason(computed, null).Should().Be(AmberBudget.Reason);
    }

    [Theory]
    [InlineData(null, "why", "rating")]
    [InlineData("purple", "why", "rating")]
    [InlineData("1", "why", "rating")]
    [InlineData("red", null, "reason")]
    [InlineData("red", "  ", "reason")]
    public void ValidateOverride_MissingOrWrongField_NamesIt(string? rating, string? reason, string field)
    {
        var errors = ProjectHealthRules.ValidateOverride(rating, reason, out var parsed);

        errors.ToDictionary().Keys.Should().Equal(field);
        if (field == "rating")
        {
            parsed.Should().BeNull();
        }
    }

    [Fact]
    public void ValidateOverride_ReasonTooLong_NamesReason() =>
        ProjectHealthRules.ValidateOverride("amber", new string('x', ProjectHealthRules.ReasonMaxLength + 1), out _).ToDictionary().Keys.Should().Equal("reason");

    [Theory]
    [InlineData("green", ProjectHealth.Green)]
    [InlineData("Amber", ProjectHealth.Amber)]
    [InlineData(" red ", ProjectHealth.Red)]
    public void ValidateOverride_AnyRatingWithAReason_IsAccepted(string rating, ProjectHealth expected)
    {
        ProjectHealthRules.ValidateOverride(rating, "Sponsor call", out var parsed).Any.Should().BeFalse();
        parsed.Should().Be(expected);
    }
}
