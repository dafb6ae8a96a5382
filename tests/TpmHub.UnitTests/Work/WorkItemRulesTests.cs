using TpmHub.Core.Work;

namespace TpmHub.UnitTests.Work;

public sealed class WorkItemRulesTests
{
    private static WorkItemDraft Valid() => new("Build landing zone", WorkItemType.Task, WorkItemStatus.ToDo, WorkItemPriority.High, "", null, null,
        10, 5000m, 20, null, 8m, 10m, 15m, null, null);

    [Fact]
    public void Validate_ValidDraft_HasNoErrors() => WorkItemRules.Validate(Valid()).Any.Should().BeFalse();

    [Theory]
    [InlineData(-1)]
    [InlineData(10_001)]
    [InlineData(null)]
    public void Validate_DurationOutOfRange_NamesDurationDays(int? days) =>
        WorkItemRules.Validate(Valid() with { DurationDays = days }).ToDictionary().Should().ContainKey("durationDays");

    [Theory]
    [InlineData(0)]
    [InlineData(10_000)]
    public void Validate_DurationAtTheLimits_IsAccepted(int days) =>
        WorkItemRules.Validate(Valid() with { DurationDays = days }).Any.Should().BeFalse();

    [Fact]
    public void Validate_MilestoneWithDuration_IsRefused() =>
        WorkItemRules.Validate(Valid() with { Type = WorkItemType.Milestone, DurationDays = 3 }).ToDictionary()["durationDays"].Single()
            .Should().Contain("milestone");

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Validate_PercentOutside0To100_NamesPercentComplete(int percent) =>
        WorkItemRules.Validate(Valid() with { PercentComplete = percent }).ToDictionary().Should().ContainKey("percentComplete");

    [Fact]
    public void Validate_OptimisticAboveMostLikely_NamesMostLikely() =>
        WorkItemRules.Validate(Valid() with { Optimistic = 12m }).ToDictionary().Should().ContainKey("estimate.mostLikely");

    [Fact]
    public void Validate_MostLikelyAbovePessimistic_NamesPessimistic() =>
        WorkItemRules.Validate(Valid() with { MostLikely = 20m }).ToDictionary().Should().ContainKey("estimate.pessimistic");

    [Fact]
    public void Validate_PartialEstimate_AsksForAllThree() =>
        WorkItemRules.Validate(Valid() with { Pessimistic = null }).ToDictionary().Should().ContainKey("estimate");

    [Fact]
    public void Validate_EqualEstimates_AreAccepted() =>
        WorkItemRules.Validate(Valid() with { Optimistic = 10m, MostLikely = 10m, Pessimistic = 10m }).Any.Should().BeFalse();

    [Fact]
    public void Validate_NegativeBudget_NamesBudget() =>
        WorkItemRules.Validate(Valid() with { Budget = -1m }).ToDictionary().Should().ContainKey("budget");

    [Fact]
    public void Validate_ActualFinishBeforeStart_NamesActualFinish() =>
        WorkItemRules.Validate(Valid() with { ActualStart = new DateOnly(2026, 2, 2), ActualFinish = new DateOnly(2026, 2, 1) }).ToDictionary()
            .Should().ContainKey("actualFinish");

    [Fact]
    public void Validate_EmptyTitleAndUnknownType_NameBoth() =>
        WorkItemRules.Validate(Valid() with { Title = " ", Type = (WorkItemType)99 }).ToDictionary().Keys.Should().Contain(["title", "type"]);
}
