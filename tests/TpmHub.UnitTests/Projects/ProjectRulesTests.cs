using TpmHub.Core.Projects;

namespace TpmHub.UnitTests.Projects;

public sealed class ProjectRulesTests
{
    private static ProjectDraft Valid() => new(
        "CLD", "Data centre exit", ProjectKind.CloudMigration, ProjectPhase.Planning, ProjectStatus.Active, "owner-1",
        new DateOnly(2026, 1, 5), new DateOnly(2026, 6, 30), "USD", "desc", "objectives");

    [Fact]
    public void Validate_ValidDraft_HasNoErrors() => ProjectRules.Validate(Valid()).Any.Should().BeFalse();

    [Theory]
    [InlineData("C")]
    [InlineData("cld")]
    [InlineData("CLD1")]
    [InlineData("ABCDEFGHIJK")]
    [InlineData("")]
    [InlineData(null)]
    public void Validate_BadKey_NamesKeyField(string? key) =>
        ProjectRules.Validate(Valid() with { Key = key }).ToDictionary().Should().ContainKey("key");

    [Theory]
    [InlineData("AB")]
    [InlineData("ABCDEFGHIJ")]
    public void Validate_KeyOfTwoToTenCapitals_IsAccepted(string key) =>
        ProjectRules.Validate(Valid() with { Key = key }).Any.Should().BeFalse();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_EmptyName_NamesNameField(string name) =>
        ProjectRules.Validate(Valid() with { Name = name }).ToDictionary()["name"].Should().ContainSingle().Which.Should().Contain("required");

    [Fact]
    public void Validate_NameOverMaxLength_NamesNameField() =>
        ProjectRules.Validate(Valid() with { Name = new string('x', ProjectRules.NameMaxLength + 1) }).ToDictionary()
            .Should().ContainKey("name").WhoseValue.Single().Should().Contain("120");

    [Fact]
    public void Validate_TargetBeforeStart_NamesTargetDate() =>
        ProjectRules.Validate(Valid() with { TargetDate = new DateOnly(2026, 1, 4) }).ToDictionary()
            .Should().ContainKey("targetDate").WhoseValue.Single().Should().Contain("before the start");

    [Fact]
    public void Validate_TargetEqualToStart_IsAccepted() =>
        ProjectRules.Validate(Valid() with { TargetDate = new DateOnly(2026, 1, 5) }).Any.Should().BeFalse();

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("DOLLARS")]
    public void Validate_BadCurrency_NamesCurrency(string currency) =>
        ProjectRules.Validate(Valid() with { Currency = currency }).ToDictionary().Should().ContainKey("currency");

    [Fact]
    public void Validate_UndefinedEnumAndMissingFields_ReportsEachField()
    {
        var errors = ProjectRules.Validate(Valid() with { Kind = (ProjectKind)42, OwnerId = "", StartDate = null, TargetDate = null }).ToDictionary();

        errors.Keys.Should().Contain(["kind", "ownerId", "startDate", "targetDate"]);
    }
}
