using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace TpmHub.Web.Features.Identity;

/// <summary>Keeps <see cref="CurrentUserAccessor"/> of a circuit's scope on the circuit's user (set before any component renders).</summary>
public sealed class CurrentUserCircuitHandler(AuthenticationStateProvider authentication, CurrentUserAccessor accessor) : CircuitHandler, IDisposable
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnChanged;
        return Task.CompletedTask;
    }

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken) =>
        accessor.User = CurrentUser.From((await authentication.GetAuthenticationStateAsync()).User);

    public void Dispose() => authentication.AuthenticationStateChanged -= OnChanged;

    private async void OnChanged(Task<AuthenticationState> state)
    {
        try
        {
            accessor.User = CurrentUser.From((await state).User);
        }
        catch (InvalidOperationException)
        {
            // A failed authentication state leaves the last known user; the circuit is being torn down.
        }
    }
}
