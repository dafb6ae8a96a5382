using TpmHub.Core.Risks;

namespace TpmHub.UnitTests.Risks;

public sealed class RaidRulesTests
{
    private static readonly DateOnly Raised = new(2026, 3, 2);

    private static RaidDraft Risk() => new(RaidKind.Risk, "Cutover data loss", "", null, RaidStatus.Open, null, RiskCategory.Technical, 3, 4,
        RiskResponse.Mitigate, "Rehearse", "Roll back", "Checksums differ", 50_000m, 5, 2, 3, new DateOnly(2026, 3, 16));

    [Fact]
    public void Validate_ValidRisk_HasNoErrors() => RaidRules.Validate(Risk(), Raised).Any.Should().BeFalse();

    [Theory]
    [InlineData(0, "probability")]
    [InlineData(6, "probability")]
    public void Validate_ProbabilityOutside1To5_NamesIt(int value, string field) =>
        RaidRules.Validate(Risk() with { Probability = value }, Raised).ToDictionary().Should().ContainKey(field);

    [Fact]
    public void Validate_ImpactMissing_NamesImpact() =>
        RaidRules.Validate(Risk() with { Impact = null }, Raised).ToDictionary().Should().ContainKey("impact");

    [Fact]
    public void Validate_ResidualAboveInherent_IsRefused() =>
        RaidRules.Validate(Risk() with { ResidualProbability = 4, ResidualImpact = 4 }, Raised).ToDictionary()["residualProbability"].Single()
            .Should().Contain("cannot be above the inherent score (12)");

    [Fact]
    public void Validate_ResidualEqualToInherent_IsAccepted() =>
        RaidRules.Validate(Risk() with { ResidualProbability = 3, ResidualImpact = 4 }, Raised).Any.Should().BeFalse();

    [Fact]
    public void Validate_HalfAResidual_AsksForBoth() =>
        RaidRules.Validate(Risk() with { ResidualImpact = null }, Raised).ToDictionary().Should().ContainKey("residualImpact");

    [Fact]
    public void Validate_ReviewBeforeRaised_IsRefused() =>
        RaidRules.Validate(Risk() with { ReviewDate = Raised.AddDays(-1) }, Raised).ToDictionary().Should().ContainKey("reviewDate");

    [Fact]
    public void Validate_StatusOfAnotherKind_IsRefused() =>
        RaidRules.Validate(Risk() with { Status = RaidStatus.Validated }, Raised).ToDictionary()["status"].Single().Should().Contain("open, mitigating, realised, closed");

    [Fact]
    public void Validate_UnknownCategory_NamesCategory() =>
        RaidRules.Validate(Risk() with { Category = (RiskCategory)42 }, Raised).ToDictionary().Should().ContainKey("category");

    [Fact]
    public void Validate_AssumptionNeedsNoRatings() =>
        RaidRules.Validate(new RaidDraft(RaidKind.Assumption, "Vendor keeps pricing", "", null, RaidStatus.Validated, null), Raised).Any.Should().BeFalse();

    [Fact]
    public void Validate_MissingKind_NamesKind() =>
        RaidRules.Validate(new RaidDraft(null, "x", "", null, null, null), Raised).ToDictionary().Should().ContainKey("kind");

    [Theory]
    [InlineData(RaidKind.Risk, RaidStatus.Open)]
    [InlineData(RaidKind.Assumption, RaidStatus.Open)]
    [InlineData(RaidKind.Issue, RaidStatus.Open)]
    [InlineData(RaidKind.Dependency, RaidStatus.Open)]
    public void StatusesFor_EveryKind_StartsOpen(RaidKind kind, RaidStatus first) => RaidRules.StatusesFor(kind)[0].Should().Be(first);

    [Fact]
    public void OpenRisk_ExpressionAgreesWithTheMethodForEveryKindAndStatus()
    {
        var rule = RaidRules.OpenRisk.Compile();
        foreach (var kind in Enum.GetValues<RaidKind>())
        {
            foreach (var status in Enum.GetValues<RaidStatus>())
            {
                rule(new RaidEntry { Kind = kind, Status = status }).Should().Be(RaidRules.IsOpenRisk(kind, status), $"{kind} {status}");
            }
        }

        RaidRules.IsOpenRisk(RaidKind.Risk, RaidStatus.Mitigating).Should().BeTrue();
        RaidRules.IsOpenRisk(RaidKind.Risk, RaidStatus.Realised).Should().BeFalse();
        RaidRules.IsOpenRisk(RaidKind.Issue, RaidStatus.Open).Should().BeFalse();
    }

    [Fact]
    public void OpenDependency_ExpressionAgreesWithTheMethodForEveryStatus()
    {
        var rule = RaidRules.OpenDependency.Compile();
        foreach (var status in Enum.GetValues<RaidStatus>())
        {
            rule(new RaidEntry { Kind = RaidKind.Dependency, Status = status }).Should().Be(RaidRules.IsOpenDependency(RaidKind.Dependency, status));
        }

        RaidRules.IsOpenDependency(RaidKind.Dependency, RaidStatus.Committed).Should().BeTrue();
        RaidRules.IsOpenDependency(RaidKind.Dependency, RaidStatus.Delivered).Should().BeFalse();
    }

    [Fact]
    public void Active_ExpressionAgreesWithTheMethodForEveryStatus()
    {
        var rule = RaidRules.Active.Compile();
        foreach (var status in Enum.GetValues<RaidStatus>())
        {
            rule(new RaidEntry { Status = status }).Should().Be(RaidRules.IsActive(status), status.ToString());
        }

        RaidRules.IsActive(RaidStatus.InProgress).Should().BeTrue();
        RaidRules.IsActive(RaidStatus.Resolved).Should().BeFalse();
    }
}
