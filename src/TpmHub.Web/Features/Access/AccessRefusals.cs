using TpmHub.Core.Common;

namespace TpmHub.Web.Features.Access;

/// <summary>The words of every refusal, in one place, so the UI and the API say the same thing.</summary>
public static class AccessRefusals
{
    public const string ReadOnly = "Stakeholders have read-only access.";

    public const string CreateProjects = "Only team leads and admins create projects.";

    public const string ManageMembers = "Only admins manage project members.";

    public const string AdminsOnly = "Only admins may do this.";

    /// <summary>Not found, whether it does not exist or the caller may not see it: existence is never revealed.</summary>
    public static Error NotFound(string noun, string key) => Error.NotFound($"{noun} {key}");

    public static Error Forbidden(AccessNeed need) =>
        Error.Forbidden(need == AccessNeed.Manage ? ManageMembers : ReadOnly);

    /// <summary>An archived project is read-only for everyone until it is unarchived.</summary>
    public static Error Archived(string key) =>
        Error.Forbidden($"Project {key} is archived and read-only; unarchive it to change it.");
}
