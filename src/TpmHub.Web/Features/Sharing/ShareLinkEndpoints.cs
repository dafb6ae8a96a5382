using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Sharing;

public static class ShareLinkEndpoints
{
    private const string Tag = "Share links";

    public static IEndpointRouteBuilder MapShareLinkEndpoints(this IEndpointRouteBuilder app)
    {
        // Links are the lead's to see and manage: a stakeholder is refused even the list (403).
        var project = app.MapGroup("/api/v1/projects/{key}/share-links").WithTags(Tag).RequireAuthorization().RequireProjectAccess(AccessNeed.Write);
        var one = app.MapGroup($"/api/v1/share-links/{{{SharingFeature.RouteParameter}}}").WithTags(Tag).RequireAuthorization().RequireProjectAccess(AccessNeed.Write);

        project.MapGet("/", async (ProjectAccess access, ShareLinkService links, CancellationToken ct) =>
            ApiResults.From(await links.ListAsync(access, ct)))
            .WithSummary("The project's share links with their status and view counts (leads); never a token");

        project.MapPost("/", async (HttpContext http, ProjectAccess access, ShareLinkService links, ShareLinkRequest request, CancellationToken ct) =>
            ApiResults.From(await links.CreateAsync(access, request, BaseUrl(http), ct), created => TypedResults.Created($"/api/v1/share-links/{created.Id}", created)))
            .Produces<ShareLinkCreated>(StatusCodes.Status201Created)
            .WithSummary("Make a link to the project's read-only dashboard: {expiresOn (at most 90 days ahead), password?, label?}; the url is shown this once");

        one.MapDelete("/", async (ProjectAccess access, ShareLinkService links, Guid linkId, CancellationToken ct) =>
            ApiResults.From(await links.RevokeAsync(access, linkId, ct)))
            .WithSummary("Revoke a share link: it stops opening at once");

        return app;
    }

    /// <summary>The app's absolute address as the caller reached it (the url must open in a browser as it is).</summary>
    public static string BaseUrl(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/";
    }
}
