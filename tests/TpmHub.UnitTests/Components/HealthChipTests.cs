using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using TpmHub.Core.Projects;
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
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Render<MudPopoverProvider>();

        var cut = ctx.Render<HealthChip>(p => p.Add(c => c.Health, health).Add(c => c.Reason, "why"));

        var chip = cut.Find("[data-testid=health-chip]");
        chip.TextContent.Should().Contain(health.ToString());
        chip.ClassList.Should().Contain(cssClass);
    }
}
