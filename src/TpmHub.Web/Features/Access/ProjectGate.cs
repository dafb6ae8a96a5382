using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Projects;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.Access;

/// <summary>
/// The one place that decides who may see or change a project. Admins see every project, everyone else only those they
/// are a member of; anything else is "not found", so its existence is never revealed (404). A caller who may see but
/// not change it is refused a write (403); managing members is for admins. The API reaches it through
/// <see cref="ProjectGateMiddleware"/>, pages through <c>TpmHubPageBase</c>; services take the resulting
/// <see cref="ProjectAccess"/> and never check again.
/// </summary>
public sealed class ProjectGate(IDbContextFactory<TpmHubDbContext> dbFactory, IEnumerable<ProjectItemKind> itemKinds)
{
    private readonly Dictionary<string, ProjectItemKind> _kinds = itemKinds.ToDictionary(k => k.RouteParameter, StringComparer.OrdinalIgnoreCase);

    /// <summary>The route parameters that name something inside a project (besides <c>key</c>, the project itself).</summary>
    public IReadOnlyCollection<string> ItemParameters => _kinds.Keys;

    public async Task<Result<ProjectAccess>> ProjectAsync(CurrentUser user, string projectKey, AccessNeed need, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (projectKey.Contains('\0', StringComparison.Ordinal))
        {
            return AccessRefusals.NotFound("Project", projectKey.Replace("\0", "", StringComparison.Ordinal)); // PostgreSQL refuses NUL in text
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return Decide(await Find(db, user, Visible(db, user).Where(p => p.Key == projectKey), ct), user, need, AccessRefusals.NotFound("Project", projectKey));
    }

    /// <summary>The project of an item addressed by its key; "not found" names the item, whether or not its project exists.</summary>
    public async Task<Result<ProjectAccess>> ItemAsync(CurrentUser user, string routeParameter, string itemKey, AccessNeed need, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var kind = _kinds.TryGetValue(routeParameter, out var found)
            ? found
            : throw new InvalidOperationException($"No project item kind is registered for the route parameter '{routeParameter}'.");
        if (itemKey.Contains('\0', StringComparison.Ordinal))
        {
            return AccessRefusals.NotFound(kind.Noun, itemKey.Replace("\0", "", StringComparison.Ordinal));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ids = kind.ProjectIdOf(db, itemKey);
        var project = await Find(db, user, Visible(db, user).Where(p => ids.Contains(p.Id)), ct);
        return Decide(project, user, need, AccessRefusals.NotFound(kind.Noun, itemKey));
    }

    /// <summary>
    /// The read-only access of a share-link holder to the one project the link opens: a caller with no account and no
    /// role, who may read (services show it what a stakeholder sees, drafts never) and never write.
    /// </summary>
    public async Task<ProjectAccess?> ShareLinkAsync(Guid projectId, Guid linkId, CancellationToken ct = default)
    {
        var holder = new CurrentUser($"share-link:{linkId:N}", "Share link", []);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Find(db, holder, db.Projects.Where(p => p.Id == projectId), ct);
    }

    /// <summary>The one membership rule, for queries that span every project the user may see (the portfolio).</summary>
    public static IQueryable<Project> Visible(TpmHubDbContext db, CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAdmin ? db.Projects : db.Projects.Where(p => p.Members.Any(m => m.UserId == user.UserId));
    }

    /// <summary>The ids of every project the user may see, as a subquery.</summary>
    public static IQueryable<Guid> VisibleIds(TpmHubDbContext db, CurrentUser user) => Visible(db, user).Select(p => p.Id);

    private static Task<ProjectAccess?> Find(TpmHubDbContext db, CurrentUser user, IQueryable<Project> projects, CancellationToken ct) =>
        projects.AsNoTracking().Select(p => new ProjectAccess(p.Id, p.Key, p.Name, p.StartDate, p.Currency, user, false, p.ArchivedAt != null))
            .FirstOrDefaultAsync(ct);

    private static Result<ProjectAccess> Decide(ProjectAccess? project, CurrentUser user, AccessNeed need, Error notFound)
    {
        if (project is null)
        {
            return notFound;
        }

        var allowed = need switch
        {
            AccessNeed.Read => true,
            AccessNeed.Write or AccessNeed.Archive => user.CanWrite,
            _ => user.IsAdmin,
        };
        if (!allowed)
        {
            return AccessRefusals.Forbidden(need);
        }

        if (need == AccessNeed.Write && project.Archived)
        {
            return AccessRefusals.Archived(project.Key);
        }

        return project with { CanWrite = user.CanWrite && !project.Archived };
    }
}
