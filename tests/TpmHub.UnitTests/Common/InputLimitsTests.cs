using TpmHub.Core.Common;
using TpmHub.Core.Projects;
using TpmHub.Core.Risks;
using TpmHub.Core.Work;

namespace TpmHub.UnitTests.Common;

public sealed class InputLimitsTests
{
    private static readonly DateOnly Raised = new(2026, 3, 2);

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("Plain text, ünïcode, emoji 🚀, tabs\tand\nnewlines", true)]
    [InlineData("a\0b", false)]
    [InlineData("\0", false)]
    public void Text_NulCharacter_IsRefusedNamingTheField(string? text, bool ok)
    {
        var errors = new ValidationErrors();

        InputLimits.Text("title", text, errors).Should().Be(ok);

        errors.Has("title").Should().Be(!ok);
    }

    [Fact]
    public void Texts_OneBadItem_NamesTheListOnce()
    {
        var errors = new ValidationErrors();

        InputLimits.Texts("workItemKeys", ["CLD-1", "CLD-2\0", "\0"], errors).Should().BeFalse();

        errors.ToDictionary()["workItemKeys"].Should().ContainSingle();
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("0.01", true)]
    [InlineData("999999999999.99", true)]
    [InlineData("12.50", true)]
    [InlineData("12.500", true)]
    [InlineData("-0.01", false)]
    [InlineData("1000000000000", false)]
    [InlineData("100000000000000000000", false)]
    [InlineData("9223372036854775808", false)]
    [InlineData("79228162514264337593543950335", false)]
    [InlineData("10.125", false)]
    public void Money_Amount_FitsTheColumnOrIsRefused(string amount, bool ok)
    {
        var errors = new ValidationErrors();

        InputLimits.Money("budget", decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), errors).Should().Be(ok);

        errors.Has("budget").Should().Be(!ok);
    }

    [Fact]
    public void Money_MaxValue_FitsNumeric18Comma2() =>
        // numeric(18, 2) holds 16 digits before the point; the limit has 12, so sums of thousands of amounts still fit.
        InputLimits.MaxMoney.Should().BeLessThan(9_999_999_999_999_999.99m / 1_000);

    [Theory]
    [InlineData("1990-01-01", true)]
    [InlineData("2100-12-31", true)]
    [InlineData("2026-06-15", true)]
    [InlineData("1989-12-31", false)]
    [InlineData("2101-01-01", false)]
    [InlineData("0001-01-01", false)]
    [InlineData("9999-12-31", false)]
    public void Date_OutsideTheWindow_IsRefused(string date, bool ok)
    {
        var errors = new ValidationErrors();

        InputLimits.Date("startDate", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), errors).Should().Be(ok);

        errors.Has("startDate").Should().Be(!ok);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(10_000, true)]
    [InlineData(-1, false)]
    [InlineData(10_001, false)]
    [InlineData(int.MinValue, false)]
    [InlineData(int.MaxValue, false)]
    public void Duration_Range_IsZeroToTenThousand(int days, bool ok) =>
        InputLimits.Duration("durationDays", days, new ValidationErrors()).Should().Be(ok);

    [Theory]
    [InlineData(-10_000, true)]
    [InlineData(0, true)]
    [InlineData(10_000, true)]
    [InlineData(-10_001, false)]
    [InlineData(10_001, false)]
    [InlineData(int.MinValue, false)]
    [InlineData(int.MaxValue, false)]
    public void Lag_Range_IsTenThousandEitherWay(int days, bool ok) =>
        InputLimits.Lag("lagDays", days, new ValidationErrors()).Should().Be(ok);

    [Theory]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(-1, false)]
    [InlineData(101, false)]
    public void Percent_Range_IsZeroToHundred(int percent, bool ok) =>
        InputLimits.Percent("percentComplete", percent, new ValidationErrors()).Should().Be(ok);

    [Fact]
    public void ProjectRules_NulInEveryText_NamesEachField()
    {
        var draft = new ProjectDraft("CLD", "N\0", ProjectKind.Other, ProjectPhase.Planning, ProjectStatus.Active, "owner\0",
            new DateOnly(2026, 1, 5), new DateOnly(2026, 6, 30), "USD", "d\0", "o\0");

        ProjectRules.Validate(draft).ToDictionary().Keys.Should().BeEquivalentTo("name", "ownerId", "description", "objectives");
    }

    [Fact]
    public void ProjectRules_DatesOutsideTheWindow_NameStartAndTarget()
    {
        var draft = new ProjectDraft("CLD", "N", ProjectKind.Other, ProjectPhase.Planning, ProjectStatus.Active, "owner",
            DateOnly.MinValue, DateOnly.MaxValue, "USD", null, null);

        ProjectRules.Validate(draft).ToDictionary().Keys.Should().BeEquivalentTo("startDate", "targetDate");
    }

    [Fact]
    public void WorkItemRules_NulMoneyAndDates_NameEachField()
    {
        var draft = new WorkItemDraft("T\0", WorkItemType.Task, null, null, "d\0", "u\0", "CLD-1\0", 5, 1e20m, 50,
            new DateOnly(9999, 12, 31), null, null, null, new DateOnly(1, 1, 1), new DateOnly(2101, 1, 1));

        WorkItemRules.Validate(draft).ToDictionary().Keys.Should().BeEquivalentTo(
            "title", "description", "assigneeId", "parentKey", "budget", "startNoEarlierThan", "actualStart", "actualFinish");
    }

    [Fact]
    public void RaidRules_NulMoneyAndDates_NameEachField()
    {
        var draft = new RaidDraft(RaidKind.Risk, "T\0", "d\0", null, null, new DateOnly(1, 1, 1), RiskCategory.Vendor, 2, 2,
            MitigationPlan: "m\0", CostImpact: 1e20m, ReviewDate: new DateOnly(9999, 12, 31), WorkItemKeys: ["CLD-1\0"]);

        RaidRules.Validate(draft, Raised).ToDictionary().Keys.Should().BeEquivalentTo(
            "title", "description", "dueDate", "mitigationPlan", "costImpact", "reviewDate", "workItemKeys");
    }

    [Theory]
    [InlineData("FS")]
    [InlineData("fs")]
    [InlineData(" Sf ")]
    public void DependencyRules_LinkTypeInAnyCase_Parses(string type) =>
        DependencyRules.Validate("CLD-1", "CLD-2", type, 0, out _).Any.Should().BeFalse();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("XX")]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("FSS")]
    public void DependencyRules_UnknownLinkType_NamesType(string? type) =>
        DependencyRules.Validate("CLD-1", "CLD-2", type, 0, out _).ToDictionary().Keys.Should().Equal("type");

    [Fact]
    public void DependencyRules_NulKeysAndIntMinLag_NameEachField() =>
        DependencyRules.Validate("CLD-1\0", "\0", "FS", int.MinValue, out _).ToDictionary().Keys
            .Should().BeEquivalentTo("predecessor", "successor", "lagDays");
}
