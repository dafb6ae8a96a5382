using Microsoft.AspNetCore.Identity;

namespace TpmHub.Web.Features.Identity;

/// <summary>A person who signs in. The role (Admin, TeamLead, Stakeholder) is an Identity role.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
