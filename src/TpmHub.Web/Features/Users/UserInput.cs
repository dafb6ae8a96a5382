namespace TpmHub.Web.Features.Users;

public sealed record UserInput(string? Email, string? DisplayName, string? Role, string? Password);
