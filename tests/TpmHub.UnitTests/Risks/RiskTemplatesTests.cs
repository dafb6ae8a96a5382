using TpmHub.Core.Projects;
using TpmHub.Core.Risks;

namespace TpmHub.UnitTests.Risks;

public sealed class RiskTemplatesTests
{
    [Theory]
    [InlineData(ProjectKind.CloudMigration)]
    [InlineData(ProjectKind.SoftwareDelivery)]
    [InlineData(ProjectKind.InfrastructureUpgrade)]
    [InlineData(ProjectKind.Cybersecurity)]
    [InlineData(ProjectKind.Other)]
    public void For_EveryKind_HasAtLeastSixValidRisks(ProjectKind kind)
    {
        var templates = RiskTemplates.For(kind);

        templates.Should().HaveCountGreaterThanOrEqualTo(6);
        foreach (var t in templates)
        {
            var draft = new RaidDraft(RaidKind.Risk, t.Title, "", null, RaidStatus.Open, null, t.Category, t.Probability, t.Impact, t.Response,
                t.MitigationPlan, t.ContingencyPlan, t.Trigger);
            RaidRules.Validate(draft, new DateOnly(2026, 1, 5)).Any.Should().BeFalse(t.Id);
        }
    }

    [Fact]
    public void Ids_AreUniqueAcrossKinds()
    {
        var ids = Enum.GetValues<ProjectKind>().SelectMany(RiskTemplates.For).Select(t => t.Id).ToList();

        ids.Should().OnlyHaveUniqueItems();
        RiskTemplates.Find(ids[0]).Should().NotBeNull();
        RiskTemplates.Find("nope").Should().BeNull();
    }

    [Fact]
    public void CloudMigration_IncludesTheClassics() =>
        RiskTemplates.For(ProjectKind.CloudMigration).Select(t => t.Title).Should()
            .Contain(t => t.Contains("cutover", StringComparison.OrdinalIgnoreCase))
            .And.Contain(t => t.Contains("egress", StringComparison.OrdinalIgnoreCase))
            .And.Contain(t => t.Contains("lock-in", StringComparison.OrdinalIgnoreCase));
}
