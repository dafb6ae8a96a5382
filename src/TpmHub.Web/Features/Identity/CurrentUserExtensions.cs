namespace TpmHub.Web.Features.Identity;

public static class CurrentUserExtensions
{
    /// <summary>The API's endpoints all require authentication, so a caller always resolves to a user.</summary>
    public static CurrentUser Caller(this HttpContext context) =>
        CurrentUser.From(context?.User) ?? throw new InvalidOperationException("Endpoint reached without an authenticated user.");
}
