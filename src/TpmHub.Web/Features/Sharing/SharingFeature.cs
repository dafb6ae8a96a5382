using Microsoft.AspNetCore.Identity;
using TpmHub.Core.Sharing;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Sharing;

public static class SharingFeature
{
    /// <summary>The route parameter that carries a share link's id; the gate resolves it to the project.</summary>
    public const string RouteParameter = "linkId";

    public static IServiceCollection AddSharing(this IServiceCollection services)
    {
        services.AddScoped<ShareLinkService>();
        services.AddScoped<IPasswordHasher<ShareLink>, PasswordHasher<ShareLink>>();
        services.AddAuditDescription<ShareLink>(l => (l.ProjectId, string.IsNullOrEmpty(l.Label) ? $"link until {l.ExpiresOn:yyyy-MM-dd}" : l.Label.Length <= 64 ? l.Label : l.Label[..64]));
        services.AddProjectItemKind(RouteParameter, "Share link", (db, key) =>
            Guid.TryParse(key, out var id) ? db.ShareLinks.Where(l => l.Id == id).Select(l => l.ProjectId) : db.ShareLinks.Where(l => false).Select(l => l.ProjectId));
        return services;
    }
}
