using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Projects;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.Users;

/// <summary>
/// User administration (admins only), and the short user list that owner and member pickers need.
/// Each call works in its own scope so a long-lived Blazor circuit never reads a stale identity context.
/// </summary>
public sealed class UserService(IServiceScopeFactory scopes, IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    public const string AdminsOnly = "Only admins manage users.";

    /// <summary>One user as the list shows it: the caller themself, or anyone for an admin.</summary>
    public async Task<Result<UserRow>> FindAsync(CurrentUser caller, string userId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsAdmin && caller.UserId != userId)
        {
            return Error.Forbidden(AdminsOnly);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var row = await (
            from u in db.Users.AsNoTracking()
            where u.Id == userId
            let role = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault()
            select new { u.Id, u.Email, u.DisplayName, Role = role, u.LockoutEnd }).FirstOrDefaultAsync(ct);
        return row is null ? Error.NotFound("User") : new UserRow(row.Id, row.Email ?? "", row.DisplayName, row.Role ?? "", row.LockoutEnd > now, row.LockoutEnd);
    }

    /// <summary>Changes a user's display name and role together (the API's PUT); either may be left out to keep it.</summary>
    public async Task<Result<UserRow>> UpdateAsync(CurrentUser caller, string userId, string? displayName, string? role, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (displayName is not null && (string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > 120))
        {
            return Error.Invalid("displayName", "Name is required (at most 120 characters).");
        }

        if (role is not null)
        {
            var changed = await SetRoleAsync(caller, userId, role, ct);
            if (!changed.IsSuccess)
            {
                return changed.Error!;
            }
        }

        if (displayName is not null)
        {
            var renamed = await WithUserAsync(caller, userId, async (users, user) =>
            {
                user.DisplayName = displayName.Trim();
                var updated = await users.UpdateAsync(user);
                return updated.Succeeded ? true : IdentityErrors(updated);
            });
            if (!renamed.IsSuccess)
            {
                return renamed.Error!;
            }
        }

        return await FindAsync(caller, userId, ct);
    }

    public async Task<IReadOnlyList<UserRow>> ListAsync(CurrentUser caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var query = caller.IsAdmin
            ? db.Users.AsNoTracking()
            // Non-admins see only people who share a project with them (for owner pickers).
            : db.Users.AsNoTracking().Where(u => db.ProjectMembers.Any(m => m.UserId == u.Id
                && db.ProjectMembers.Any(mine => mine.ProjectId == m.ProjectId && mine.UserId == caller.UserId)) || u.Id == caller.UserId);
        var rows = await (
            from u in query
            let role = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault()
            orderby u.DisplayName
            select new { u.Id, u.Email, u.DisplayName, Role = role, u.LockoutEnd }).ToListAsync(ct);
        return rows.Select(r => new UserRow(r.Id, r.Email ?? "", r.DisplayName, r.Role ?? "", r.LockoutEnd > now, r.LockoutEnd)).ToList();
    }

    public async Task<Result<UserRow>> CreateAsync(CurrentUser caller, UserInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        if (!caller.IsAdmin)
        {
            return Error.Forbidden(AdminsOnly);
        }

        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.Email) || !new EmailAddressAttribute().IsValid(input.Email) || input.Email.Length > 256)
        {
            errors.Add("email", "Enter a valid email address.");
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Trim().Length > 120)
        {
            errors.Add("displayName", "Name is required (at most 120 characters).");
        }

        if (input.Role is null || !ProjectRole.All.Contains(input.Role))
        {
            errors.Add("role", "Role must be Admin, TeamLead or Stakeholder.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(input.Email!) is not null)
        {
            return Error.Invalid("email", "A user with this email already exists.");
        }

        var user = new AppUser
        {
            UserName = input.Email!.Trim(),
            Email = input.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = input.DisplayName!.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, input.Password ?? "");
        if (!created.Succeeded)
        {
            return IdentityErrors(created);
        }

        await users.AddToRoleAsync(user, input.Role!);
        return new UserRow(user.Id, user.Email, user.DisplayName, input.Role!, false, null);
    }

    public Task<Result<bool>> SetRoleAsync(CurrentUser caller, string userId, string? role, CancellationToken ct = default) =>
        WithUserAsync(caller, userId, async (users, user) =>
        {
            if (role is null || !ProjectRole.All.Contains(role))
            {
                return Error.Invalid("role", "Role must be Admin, TeamLead or Stakeholder.");
            }

            if (user.Id == caller.UserId && role != ProjectRole.Admin)
            {
                return Error.Invalid("role", "You cannot take the Admin role away from yourself.");
            }

            var current = await users.GetRolesAsync(user);
            await users.RemoveFromRolesAsync(user, current);
            await users.AddToRoleAsync(user, role);
            await users.UpdateSecurityStampAsync(user);
            return true;
        });

    public Task<Result<bool>> ResetPasswordAsync(CurrentUser caller, string userId, string? password, CancellationToken ct = default) =>
        WithUserAsync(caller, userId, async (users, user) =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, password ?? "");
            if (!reset.Succeeded)
            {
                return IdentityErrors(reset);
            }

            await users.ResetAccessFailedCountAsync(user);
            return true;
        });

    /// <summary>Locks an account indefinitely (until unlocked) and ends its sessions by changing the security stamp.</summary>
    public Task<Result<bool>> LockAsync(CurrentUser caller, string userId, CancellationToken ct = default) =>
        WithUserAsync(caller, userId, async (users, user) =>
        {
            if (user.Id == caller.UserId)
            {
                return Error.Invalid("userId", "You cannot lock your own account.");
            }

            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(user);
            return true;
        });

    public Task<Result<bool>> UnlockAsync(CurrentUser caller, string userId, CancellationToken ct = default) =>
        WithUserAsync(caller, userId, async (users, user) =>
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            return true;
        });

    private async Task<Result<bool>> WithUserAsync(CurrentUser caller, string userId, Func<UserManager<AppUser>, AppUser, Task<Result<bool>>> action)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsAdmin)
        {
            return Error.Forbidden(AdminsOnly);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId);
        return user is null ? Error.NotFound("User") : await action(users, user);
    }

    private static Error IdentityErrors(IdentityResult result)
    {
        var errors = new ValidationErrors();
        foreach (var error in result.Errors)
        {
            var field = error.Code.Contains("Password", StringComparison.Ordinal) ? "password"
                : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? "email"
                : "user";
            errors.Add(field, error.Description);
        }

        return errors.ToError();
    }
}
