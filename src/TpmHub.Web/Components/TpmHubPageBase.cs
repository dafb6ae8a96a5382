using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Components;

/// <summary>Gives a page the signed-in user as the service layer expects it.</summary>
public abstract class TpmHubPageBase : ComponentBase
{
    [CascadingParameter]
    public Task<AuthenticationState>? AuthenticationState { get; set; }

    protected async Task<CurrentUser> CurrentUserAsync()
    {
        var state = AuthenticationState is null ? null : await AuthenticationState;
        return CurrentUser.From(state?.User) ?? throw new InvalidOperationException("This page requires a signed-in user.");
    }
}
