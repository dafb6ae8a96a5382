using System.Security.Claims;
using TpmHub.Core.Projects;

namespace TpmHub.Web.Features.Identity;

/// <summary>The signed-in caller as the service layer sees it, whichever door (page or API) they came through.</summary>
public sealed record CurrentUser(string UserId, string UserName, IReadOnlyList<string> Roles)
{
    public bool IsAdmin => Roles.Contains(ProjectRole.Admin);

    public bool IsTeamLead => Roles.Contains(ProjectRole.TeamLead);

    /// <summary>Admins and team leads write; stakeholders only ever read.</summary>
    public bool CanWrite => IsAdmin || IsTeamLead;

    public static CurrentUser? From(ClaimsPrincipal? principal)
    {
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal?.Identity?.IsAuthenticated != true || id is null)
        {
            return null;
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray();
        return new CurrentUser(id, principal.Identity.Name ?? id, roles);
    }
}
