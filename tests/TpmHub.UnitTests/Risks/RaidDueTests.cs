using TpmHub.Core.Risks;

namespace TpmHub.UnitTests.Risks;

public sealed class RaidDueTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    public static TheoryData<RaidKind, RaidStatus> EveryKindAndStatus()
    {
        var data = new TheoryData<RaidKind, RaidStatus>();
        foreach (var kind in Enum.GetValues<RaidKind>())
        {
            foreach (var status in Enum.GetValues<RaidStatus>())
            {
                data.Add(kind, status);
            }
        }

        return data;
    }

    [Theory]
    [InlineData(RaidStatus.Open, true)]
    [InlineData(RaidStatus.Mitigating, true)]
    [InlineData(RaidStatus.Realised, false)]
    [InlineData(RaidStatus.Closed, false)]
    public void IsReviewOverdue_RiskPastItsReview_OnlyWhileOpen(RaidStatus status, bool expected) =>
        RaidDue.IsReviewOverdue(RaidKind.Risk, status, Today.AddDays(-1), Today).Should().Be(expected);

    [Fact]
    public void IsReviewOverdue_ReviewTodayOrNone_NotOverdue()
    {
        RaidDue.IsReviewOverdue(RaidKind.Risk, RaidStatus.Open, Today, Today).Should().BeFalse();
        RaidDue.IsReviewOverdue(RaidKind.Risk, RaidStatus.Open, null, Today).Should().BeFalse();
        RaidDue.IsReviewOverdue(RaidKind.Issue, RaidStatus.Open, Today.AddDays(-9), Today).Should().BeFalse("only risks are reviewed");
    }

    [Theory]
    [InlineData(RaidStatus.Open, true)]
    [InlineData(RaidStatus.Committed, true)]
    [InlineData(RaidStatus.Delivered, false)]
    [InlineData(RaidStatus.Closed, false)]
    public void IsDependencyOverdue_PastNeededBy_OnlyWhileAwaited(RaidStatus status, bool expected) =>
        RaidDue.IsDependencyOverdue(RaidKind.Dependency, status, Today.AddDays(-1), Today).Should().Be(expected);

    [Theory]
    [MemberData(nameof(EveryKindAndStatus))]
    public void OverdueExpressions_AgreeWithTheMethodsForEveryKindAndStatus(RaidKind kind, RaidStatus status)
    {
        var entry = new RaidEntry { Kind = kind, Status = status, ReviewDate = Today.AddDays(-1), NeededBy = Today.AddDays(-1) };

        RaidDue.ReviewOverdue(Today).Compile()(entry).Should().Be(RaidDue.IsReviewOverdue(kind, status, entry.ReviewDate, Today));
        RaidDue.DependencyOverdue(Today).Compile()(entry).Should().Be(RaidDue.IsDependencyOverdue(kind, status, entry.NeededBy, Today));
        RaidDue.Overdue(Today).Compile()(entry).Should().Be(RaidDue.IsReviewOverdue(kind, status, entry.ReviewDate, Today)
                                                           || RaidDue.IsDependencyOverdue(kind, status, entry.NeededBy, Today));
    }

    [Fact]
    public void OverdueExpressions_DateNotPassed_False()
    {
        var entry = new RaidEntry { Kind = RaidKind.Risk, Status = RaidStatus.Open, ReviewDate = Today };

        RaidDue.ReviewOverdue(Today).Compile()(entry).Should().BeFalse();
        RaidDue.ReviewOverdue(Today.AddDays(1)).Compile()(entry).Should().BeTrue();
    }

    [Theory]
    [InlineData(RaidKind.Risk, 2)]
    [InlineData(RaidKind.Assumption, 3)]
    [InlineData(RaidKind.Issue, 1)]
    [InlineData(RaidKind.Dependency, 4)]
    public void DateOf_EachKind_TakesItsOwnDate(RaidKind kind, int day) =>
        RaidDue.DateOf(kind, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 3), new DateOnly(2026, 1, 4))
            .Should().Be(new DateOnly(2026, 1, day));

    [Fact]
    public void DefaultReviewDate_TwoWeeksOut() => RaidDue.DefaultReviewDate(Today).Should().Be(new DateOnly(2026, 12, 14));
}
