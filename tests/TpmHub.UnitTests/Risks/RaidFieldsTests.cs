using TpmHub.Core.Risks;

namespace TpmHub.UnitTests.Risks;

public sealed class RaidFieldsTests
{
    private static readonly RaidDraft Everything = new(
        RaidKind.Risk, "t", "d", "u1", RaidStatus.Open, new DateOnly(2026, 1, 1), RiskCategory.Vendor, 4, 5, RiskResponse.Mitigate, "m", "c", "tr", 100m, 3,
        2, 2, new DateOnly(2026, 1, 2), "v", new DateOnly(2026, 1, 3), IssueSeverity.High, "r", new DateOnly(2026, 1, 4), "p", "n", new DateOnly(2026, 1, 5),
        ["X-1"]);

    [Fact]
    public void Keep_Risk_KeepsRatingsPlansAndReviewAndDropsTheOtherKinds()
    {
        var kept = RaidFields.Keep(Everything);

        kept.Should().BeEquivalentTo(Everything with
        {
            DueDate = null, ValidationMethod = null, ValidateBy = null, Severity = null, Resolution = null, ResolvedOn = null, ExternalParty = null,
            Need = null, NeededBy = null,
        });
    }

    [Fact]
    public void Keep_Dependency_KeepsPartyNeedAndDateOnly()
    {
        var kept = RaidFields.Keep(Everything with { Kind = RaidKind.Dependency });

        kept.ExternalParty.Should().Be("p");
        kept.Need.Should().Be("n");
        kept.NeededBy.Should().Be(new DateOnly(2026, 1, 5));
        kept.Probability.Should().BeNull();
        kept.MitigationPlan.Should().BeNull();
        kept.DueDate.Should().BeNull();
        kept.Title.Should().Be("t");
        kept.WorkItemKeys.Should().Equal("X-1");
    }

    [Fact]
    public void Keep_Issue_KeepsSeverityDueDateAndResolution()
    {
        var kept = RaidFields.Keep(Everything with { Kind = RaidKind.Issue });

        (kept.Severity, kept.DueDate, kept.Resolution, kept.ResolvedOn).Should().Be((IssueSeverity.High, new DateOnly(2026, 1, 1), "r", new DateOnly(2026, 1, 4)));
        kept.ReviewDate.Should().BeNull();
    }

    [Fact]
    public void Keep_NoKind_LeavesTheDraftForValidationToReport() => RaidFields.Keep(Everything with { Kind = null }).Should().Be(Everything with { Kind = null });

    [Fact]
    public void Of_EveryKind_NamesFieldsNoOtherKindHas()
    {
        var all = Enum.GetValues<RaidKind>().SelectMany(RaidFields.Of).ToList();

        all.Should().OnlyHaveUniqueItems();
        all.Should().NotIntersectWith(RaidFields.Common);
    }
}
