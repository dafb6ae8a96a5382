using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.Access;

/// <summary>
/// What the access gate decided about one caller and one project: the project's identity and the few facts other areas
/// need of it, the caller, and whether the caller may change it. Services take this value and never re-check access;
/// only <see cref="ProjectGate"/> makes one.
/// </summary>
public sealed record ProjectAccess(Guid Id, string Key, string Name, DateOnly StartDate, string Currency, CurrentUser User, bool CanWrite,
    bool Archived = false)
{
    /// <summary>
    /// Whether <paramref name="other"/> grants the same: same project, caller and rights. Blazor passes a record parameter
    /// again on every parent render, so a component reads only when this is false.
    /// </summary>
    public bool SameAs(ProjectAccess? other) =>
        other is not null && other.Id == Id && other.User.UserId == User.UserId && other.CanWrite == CanWrite && other.Archived == Archived;

    /// <summary>The value the gate left for this request (the API); the endpoint must carry the gate's metadata.</summary>
    public static ValueTask<ProjectAccess?> BindAsync(HttpContext context) =>
        ValueTask.FromResult<ProjectAccess?>(ProjectGateMiddleware.AccessOf(context));
}
