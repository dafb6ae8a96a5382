namespace TpmHub.Web.Features.Projects;

public sealed record ProjectMemberRow(string UserId, string DisplayName, string Email, string Role, bool IsOwner);
