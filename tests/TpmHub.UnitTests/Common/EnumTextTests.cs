using TpmHub.Core.Projects;
using TpmHub.Web.Features.Common;

namespace TpmHub.UnitTests.Common;

public sealed class EnumTextTests
{
    [Theory]
    [InlineData(ProjectKind.CloudMigration, "cloudMigration")]
    [InlineData(ProjectKind.InfrastructureUpgrade, "infrastructureUpgrade")]
    [InlineData(ProjectKind.Cybersecurity, "cybersecurity")]
    public void ToApi_Kind_IsCamelCase(ProjectKind kind, string expected) => EnumText.ToApi(kind).Should().Be(expected);

    [Theory]
    [InlineData("softwareDelivery", ProjectKind.SoftwareDelivery)]
    [InlineData("SoftwareDelivery", ProjectKind.SoftwareDelivery)]
    public void TryParse_KnownName_Parses(string text, ProjectKind expected)
    {
        EnumText.TryParse<ProjectKind>(text, out var kind).Should().BeTrue();
        kind.Should().Be(expected);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("cloud")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NumberOrUnknown_IsRefused(string? text) => EnumText.TryParse<ProjectKind>(text, out _).Should().BeFalse();

    [Fact]
    public void Humanize_PascalCase_ReadsAsWords() => EnumText.Humanize(ProjectStatus.OnHold).Should().Be("On hold");
}
