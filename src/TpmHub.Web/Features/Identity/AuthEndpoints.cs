using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace TpmHub.Web.Features.Identity;

public static class AuthEndpoints
{
    public sealed record LoginRequest(string? Email, string? Password);

    public sealed record RefreshRequest(string? RefreshToken);

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/auth").WithTags("Auth").AllowAnonymous();

        api.MapPost("/login", LoginAsync)
            .WithSummary("Exchange email and password for a bearer token")
            .WithDescription("Returns {tokenType, accessToken, expiresIn, refreshToken}. Five failed attempts lock the account for 15 minutes.")
            .Produces<AccessTokenResponse>(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapPost("/refresh", RefreshAsync).WithSummary("Exchange a refresh token for a new bearer token")
            .Produces<AccessTokenResponse>(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status401Unauthorized);

        // The UI's sign-out is a form post, so a link or image elsewhere cannot sign a user out.
        // Changing the security stamp ends the session on the server: a copy of the cookie (or a token) issued before is
        // refused from now on, on every instance (docs/decisions/0005-sessions.md).
        app.MapPost("/account/logout", async (HttpContext http, SignInManager<AppUser> signInManager) =>
        {
            if (await signInManager.UserManager.GetUserAsync(http.User) is { } user)
            {
                await signInManager.UserManager.UpdateSecurityStampAsync(user);
            }

            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/account/login");
        }).ExcludeFromDescription();

        return app;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult, ValidationProblem>> LoginAsync(
        LoginRequest request,
        SignInManager<AppUser> signInManager,
        PasswordSignIn passwordSignIn)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email) || !new EmailAddressAttribute().IsValid(request.Email))
        {
            errors["email"] = ["Email must be a valid email address."];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["Password is required."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        signInManager.AuthenticationScheme = IdentityConstants.BearerScheme;
        var (_, result) = await passwordSignIn.SignInAsync(request.Email!, request.Password!, isPersistent: false);
        if (result.IsLockedOut)
        {
            return TypedResults.Problem(
                title: "Account locked",
                detail: "This account is locked after too many failed sign-in attempts, or by an administrator. Try again later or ask an administrator.",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        // On success the bearer handler has already written {accessToken, expiresIn, refreshToken}.
        return result.Succeeded ? TypedResults.Empty : InvalidCredentials();
    }

    /// <summary>Each refresh token is exchanged once (ASVS 7.2): the exchange records it, and a second one is refused.</summary>
    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request,
        SignInManager<AppUser> signInManager,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        RefreshTokenLedger ledger,
        TimeProvider time,
        CancellationToken ct)
    {
        var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = string.IsNullOrEmpty(request.RefreshToken) ? null : protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires
            || time.GetUtcNow() >= expires
            || await signInManager.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || await signInManager.UserManager.IsLockedOutAsync(user)
            || !await ledger.TryUseAsync(user.Id, request.RefreshToken!, expires, ct))
        {
            return TypedResults.Problem(
                title: "Refresh refused",
                detail: "The refresh token is invalid, expired, already used, or its session has ended. Sign in again.",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        var principal = await signInManager.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static ProblemHttpResult InvalidCredentials() =>
        TypedResults.Problem(title: "Sign-in failed", detail: "Invalid email or password.", statusCode: StatusCodes.Status401Unauthorized);
}
