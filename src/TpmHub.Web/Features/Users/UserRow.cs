namespace TpmHub.Web.Features.Users;

public sealed record UserRow(string Id, string Email, string DisplayName, string Role, bool IsLockedOut, DateTimeOffset? LockoutEnd);
