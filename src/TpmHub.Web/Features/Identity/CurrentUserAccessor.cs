namespace TpmHub.Web.Features.Identity;

/// <summary>
/// Who is acting in this scope, for what records it (the audit trail). In a request it is the request's user; in a
/// Blazor circuit, where the request is gone, <see cref="CurrentUserCircuitHandler"/> sets it from the circuit's
/// authentication state; background work (seeding) sets it itself or acts as the system.
/// </summary>
public sealed class CurrentUserAccessor(IHttpContextAccessor http)
{
    private CurrentUser? _user;

    public CurrentUser? User
    {
        get => _user ?? CurrentUser.From(http.HttpContext?.User);
        set => _user = value;
    }
}
