using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace TpmHub.UnitTests.Testing;

/// <summary>
/// The one bUnit context for components: loose JS interop (MudBlazor and the app's scripts call JS that bUnit cannot
/// run), MudBlazor's services, and a rendered <see cref="MudPopoverProvider"/> (MudBlazor's popovers, menus and
/// tooltips need one). Take it with <c>await using</c>: a MudBlazor service only disposes asynchronously.
/// </summary>
public static class MudTestContext
{
    public static BunitContext Create()
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Render<MudPopoverProvider>();
        return ctx;
    }
}
