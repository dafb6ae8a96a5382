using Bunit;
using TpmHub.Core.Projects;
using TpmHub.UnitTests.Testing;
using TpmHub.Web.Components;

namespace TpmHub.UnitTests.Components;

public sealed class HealthChipTests
{
    [Theory]
    [InlineData(ProjectHealth.Green, "mud-chip-color-success")]
    [InlineData(ProjectHealth.Amber, "mud-chip-color-warning")]
    [InlineData(ProjectHealth.Red, "mud-chip-color-error")]
    public async Task Render_Health_ShowsLabelInItsColour(ProjectHealth health, string cssClass)
    {
        await using var ctx = MudTestContext.Create();

        var cut = ctx.Render<HealthChip>(p => p.Add(c => c.Health, health).Add(c => c.Reason, "why"));

        var chip = cut.Find("[data-testid=health-chip]");
        chip.TextContent.Should().Contain(health.ToString());
        chip.ClassList.Should().Contain(cssClass);
    }
}
