using TpmHub.Core.Risks;
using TpmHub.Web.Features.Risks;
using TpmHub.Web.Features.Risks.Register;

namespace TpmHub.UnitTests.Risks;

public sealed class RaidEntryFormTests
{
    [Fact]
    public void ToDraft_Risk_SendsRiskFieldsAndDropsOtherKindsFields()
    {
        var form = Filled(RaidKind.Risk);

        var draft = form.ToDraft();

        draft.Kind.Should().Be(RaidKind.Risk);
        draft.Probability.Should().Be(4);
        draft.Impact.Should().Be(5);
        draft.Category.Should().Be(RiskCategory.Vendor);
        draft.CostImpact.Should().Be(100_000m);
        draft.ResidualProbability.Should().Be(2);
        draft.ReviewDate.Should().Be(new DateOnly(2026, 12, 1));
        draft.ExternalParty.Should().BeNull();
        draft.Severity.Should().BeNull();
        draft.ValidateBy.Should().BeNull();
    }

    [Fact]
    public void ToDraft_Dependency_SendsNoRatingsSoTheRulesDoNotAskForThem()
    {
        var draft = Filled(RaidKind.Dependency).ToDraft();

        draft.Probability.Should().BeNull();
        draft.Impact.Should().BeNull();
        draft.ReviewDate.Should().BeNull();
        draft.ExternalParty.Should().Be("Carrier");
        draft.NeededBy.Should().Be(new DateOnly(2026, 12, 15));
        RaidRules.Validate(draft, new DateOnly(2026, 11, 1)).Any.Should().BeFalse();
    }

    [Fact]
    public void ToDraft_NoOwnerAndBlankKeys_NullOwnerAndAnEmptyLinkListThatClearsLinks()
    {
        var draft = new RaidEntryForm { Title = "x", OwnerId = "", WorkItemKeys = "  " }.ToDraft();

        draft.OwnerId.Should().BeNull();
        draft.WorkItemKeys.Should().NotBeNull().And.BeEmpty();
    }

    [Theory]
    [InlineData("net-3, NET-7 net-3", new[] { "NET-3", "NET-7" })]
    [InlineData("NET-1;NET-2\nNET-3", new[] { "NET-1", "NET-2", "NET-3" })]
    [InlineData(null, new string[0])]
    public void ParseKeys_Text_UpperCasedDistinctInOrder(string? text, string[] expected) =>
        RaidEntryForm.ParseKeys(text).Should().Equal(expected);

    [Fact]
    public void ChangeKind_StatusTheNewKindLacks_FallsBackToItsDefault()
    {
        var form = new RaidEntryForm { Status = RaidStatus.Mitigating };

        form.ChangeKind(RaidKind.Assumption);
        form.Status.Should().Be(RaidStatus.Open);

        form.Status = RaidStatus.Closed;
        form.ChangeKind(RaidKind.Issue);
        form.Status.Should().Be(RaidStatus.Closed, "an issue can be closed too");
    }

    [Fact]
    public void Score_OnlyWhileBothRatingsAreValid()
    {
        new RaidEntryForm { Probability = 4, Impact = 5 }.Score.Should().Be(20);
        new RaidEntryForm { Probability = 4 }.Score.Should().BeNull();
        new RaidEntryForm { Probability = 6, Impact = 5 }.Score.Should().BeNull();
        new RaidEntryForm { ResidualProbability = 2, ResidualImpact = 3 }.ResidualScore.Should().Be(6);
    }

    [Fact]
    public void From_Details_RoundTripsToTheSameDraft()
    {
        var form = Filled(RaidKind.Risk);
        var draft = form.ToDraft();
        var details = new RaidEntryDetails("NET-R1", "NET", RaidKind.Risk, draft.Title!, draft.Description!, draft.OwnerId, "Jordan", RaidStatus.Open,
            new DateOnly(2026, 11, 1), null, draft.Category, 4, 5, 20, RiskBand.Critical, draft.Response, "m", "c", "t", 100_000m, 70_000m, 3, 2, 5, 10,
            RiskBand.High, draft.ReviewDate, false, "", null, null, "", null, null, null, "", "", null, false, ["NET-3"], 7);

        var back = RaidEntryForm.From(details);

        back.Version.Should().Be(7);
        back.ToDraft().Should().BeEquivalentTo(draft with { MitigationPlan = "m", ContingencyPlan = "c", Trigger = "t", WorkItemKeys = ["NET-3"] });
    }

    private static RaidEntryForm Filled(RaidKind kind) => new()
    {
        Kind = kind,
        Title = "Carrier misses the circuit date",
        Description = "d",
        OwnerId = "u1",
        Status = RaidStatus.Open,
        Category = RiskCategory.Vendor,
        Probability = 4,
        Impact = 5,
        Response = RiskResponse.Mitigate,
        CostImpact = 100_000m,
        ScheduleImpactDays = 3,
        ResidualProbability = 2,
        ResidualImpact = 5,
        ReviewDate = new DateTime(2026, 12, 1),
        ValidationMethod = "v",
        ValidateBy = new DateTime(2026, 12, 2),
        Severity = IssueSeverity.High,
        Resolution = "r",
        ExternalParty = "Carrier",
        Need = "Circuit",
        NeededBy = new DateTime(2026, 12, 15),
        WorkItemKeys = "NET-3",
    };
}
