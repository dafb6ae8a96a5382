using TpmHub.Core.Decisions;

namespace TpmHub.UnitTests.Decisions;

public sealed class DecisionRulesTests
{
    private static readonly Guid Self = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    [Fact]
    public void Validate_TitleAndDecisionMissing_NamesBoth()
    {
        var errors = DecisionRules.Validate(" ", "ctx", null, null, null, null, DecisionStatus.Proposed, null).ToDictionary();

        errors.Keys.Should().BeEquivalentTo("title", "decision");
    }

    [Theory]
    [InlineData(DecisionStatus.Accepted)]
    [InlineData(DecisionStatus.Superseded)]
    [InlineData(DecisionStatus.Rejected)]
    public void Validate_DecidedWithoutADate_NamesDecidedOn(DecisionStatus status) =>
        DecisionRules.Validate("T", "", "D", "", "", "", status, null).ToDictionary().Keys.Should().Equal("decidedOn");

    [Fact]
    public void Validate_ProposedWithoutADate_IsFine() =>
        DecisionRules.Validate("T", "", "D", "", "", "", DecisionStatus.Proposed, null).Any.Should().BeFalse();

    [Fact]
    public void Validate_DateOutsideTheWindow_NamesDecidedOn() =>
        DecisionRules.Validate("T", "", "D", "", "", "", DecisionStatus.Accepted, new DateOnly(1980, 1, 1)).ToDictionary().Keys.Should().Equal("decidedOn");

    [Fact]
    public void Validate_NulAndLengths_AreNamed()
    {
        var errors = DecisionRules.Validate(new string('t', 201), "c\0", "D", "a\0", "", new string('n', 121), DecisionStatus.Proposed, null).ToDictionary();

        errors.Keys.Should().BeEquivalentTo("title", "context", "alternatives", "decidedBy");
    }

    [Fact]
    public void SupersedeProblem_SupersededWithoutReplacement_IsRequired() =>
        DecisionRules.SupersedeProblem(DecisionStatus.Superseded, Self, given: false, null).Should().Contain("must name");

    [Theory]
    [InlineData(DecisionStatus.Proposed)]
    [InlineData(DecisionStatus.Accepted)]
    [InlineData(DecisionStatus.Rejected)]
    public void SupersedeProblem_ReplacementOnADecisionNotSuperseded_IsRefused(DecisionStatus status) =>
        DecisionRules.SupersedeProblem(status, Self, given: true, new DecisionSupersedeTarget(Other, "CLD-D2", null)).Should().Contain("Only a superseded decision");

    [Theory]
    [InlineData(DecisionStatus.Proposed)]
    [InlineData(DecisionStatus.Accepted)]
    [InlineData(DecisionStatus.Rejected)]
    public void SupersedeProblem_NoReplacementOnADecisionNotSuperseded_IsFine(DecisionStatus status) =>
        DecisionRules.SupersedeProblem(status, Self, given: false, null).Should().BeNull();

    [Fact]
    public void SupersedeProblem_ReplacementNotInTheProject_IsRefused() =>
        DecisionRules.SupersedeProblem(DecisionStatus.Superseded, Self, given: true, null).Should().Contain("another decision of this project");

    [Fact]
    public void SupersedeProblem_Itself_IsRefused() =>
        DecisionRules.SupersedeProblem(DecisionStatus.Superseded, Self, given: true, new DecisionSupersedeTarget(Self, "CLD-D1", null))
            .Should().Be("A decision cannot supersede itself.");

    [Fact]
    public void SupersedeProblem_TwoCycle_IsRefusedNamingTheOther() =>
        DecisionRules.SupersedeProblem(DecisionStatus.Superseded, Self, given: true, new DecisionSupersedeTarget(Other, "CLD-D2", Self))
            .Should().Contain("CLD-D2").And.Contain("cannot supersede each other");

    [Fact]
    public void SupersedeProblem_ValidReplacement_IsFine()
    {
        DecisionRules.SupersedeProblem(DecisionStatus.Superseded, Self, given: true, new DecisionSupersedeTarget(Other, "CLD-D2", null)).Should().BeNull();
        // A chain (the replacement was itself later replaced) is allowed, and so is a new decision born superseded.
        DecisionRules.SupersedeProblem(DecisionStatus.Superseded, Self, given: true, new DecisionSupersedeTarget(Other, "CLD-D2", Guid.NewGuid())).Should().BeNull();
        DecisionRules.SupersedeProblem(DecisionStatus.Superseded, null, given: true, new DecisionSupersedeTarget(Other, "CLD-D2", null)).Should().BeNull();
    }
}
