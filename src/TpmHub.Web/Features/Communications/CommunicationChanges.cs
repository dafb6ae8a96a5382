namespace TpmHub.Web.Features.Communications;

/// <summary>
/// Tells the parts of one circuit that show the plan (the tab, the header's overdue chip) that it changed, so the chip
/// counts again after a line is marked sent or edited without the page reloading. Scoped: one per circuit.
/// </summary>
public sealed class CommunicationChanges
{
    public event Func<Task>? Changed;

    public async Task NotifyAsync()
    {
        if (Changed is { } changed)
        {
            foreach (var handler in changed.GetInvocationList().Cast<Func<Task>>())
            {
                await handler();
            }
        }
    }
}
