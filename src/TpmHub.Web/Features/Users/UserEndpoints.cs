using TpmHub.Core.Common;
using TpmHub.Core.Projects;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.Users;

/// <summary>Who the caller is (<c>/api/v1/me</c>), and user administration for admins — the same rules as the Users page.</summary>
public static class UserEndpoints
{
    public sealed record MeResponse(string Id, string Email, string DisplayName, string Role);

    public sealed record UserResponse(string Id, string Email, string DisplayName, string Role, bool IsLockedOut);

    public sealed record CreateUserRequest(string? Email, string? DisplayName, string? Role, string? Password);

    public sealed record UpdateUserRequest(string? DisplayName, string? Role);

    public sealed record PasswordRequest(string? Password);

    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/me", async (HttpContext http, UserService service, CancellationToken ct) =>
            ApiResults.From(await service.FindAsync(http.Caller(), http.Caller().UserId, ct),
                u => TypedResults.Ok(new MeResponse(u.Id, u.Email, u.DisplayName, ApiRole(u.Role)))))
            .RequireAuthorization().WithTags("Users").WithSummary("Who the caller is: id, email, display name and role");

        var users = app.MapGroup("/api/v1/users").WithTags("Users").RequireAuthorization();

        users.MapGet("/", async (HttpContext http, UserService service, int? page, int? pageSize, CancellationToken ct) =>
        {
            if (!http.Caller().IsAdmin)
            {
                return ApiResults.Problem(Error.Forbidden(UserService.AdminsOnly));
            }

            if (ApiResults.CheckPaging(page, pageSize) is { } paging)
            {
                return ApiResults.Problem(paging);
            }

            var all = await service.ListAsync(http.Caller(), ct);
            var size = pageSize ?? 50;
            var items = all.Skip(((page ?? 1) - 1) * size).Take(size).Select(Response).ToList();
            return TypedResults.Ok(new PagedResult<UserResponse>(items, all.Count));
        }).WithSummary("List users (admins; paged: page, pageSize ≤ 200)");

        users.MapPost("/", async (HttpContext http, UserService service, CreateUserRequest request, CancellationToken ct) =>
            ApiResults.From(await service.CreateAsync(http.Caller(), new UserInput(request.Email, request.DisplayName, RoleOf(request.Role), request.Password), ct), u => TypedResults.Created($"/api/v1/users/{u.Id}", Response(u))))
            .WithSummary("Create a user {email, displayName, role, password} (admins)");

        users.MapPut("/{id}", async (HttpContext http, UserService service, string id, UpdateUserRequest request, CancellationToken ct) =>
            ApiResults.From(await service.UpdateAsync(http.Caller(), id, request.DisplayName, RoleOf(request.Role), ct), u => TypedResults.Ok(Response(u))))
            .WithSummary("Change a user's role and display name (admins); a role change ends their sessions");

        users.MapPost("/{id}/password", async (HttpContext http, UserService service, string id, PasswordRequest request, CancellationToken ct) =>
            ApiResults.From(await service.ResetPasswordAsync(http.Caller(), id, request.Password, ct), _ => TypedResults.NoContent()))
            .WithSummary("Set a new password for a user (admins)");

        users.MapPost("/{id}/lock", async (HttpContext http, UserService service, string id, CancellationToken ct) =>
            ApiResults.From(await service.LockAsync(http.Caller(), id, ct), _ => TypedResults.NoContent()))
            .WithSummary("Lock a user out until unlocked, ending their sessions (admins)");

        users.MapPost("/{id}/unlock", async (HttpContext http, UserService service, string id, CancellationToken ct) =>
            ApiResults.From(await service.UnlockAsync(http.Caller(), id, ct), _ => TypedResults.NoContent()))
            .WithSummary("Unlock a user (admins)");

        return app;
    }

    private static UserResponse Response(UserRow u) => new(u.Id, u.Email, u.DisplayName, ApiRole(u.Role), u.IsLockedOut);

    /// <summary>Roles travel as camelCase like every other enum value of the API (<c>admin</c>, <c>teamLead</c>, <c>stakeholder</c>).</summary>
    private static string ApiRole(string role) => string.IsNullOrEmpty(role) ? role : char.ToLowerInvariant(role[0]) + role[1..];

    private static string? RoleOf(string? text) =>
        text is null ? null : ProjectRole.All.FirstOrDefault(r => string.Equals(r, text, StringComparison.OrdinalIgnoreCase)) ?? text;
}
