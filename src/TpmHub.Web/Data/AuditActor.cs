namespace TpmHub.Web.Data;

/// <summary>Who is making the changes a context saves; recorded on every audit entry.</summary>
public sealed record AuditActor(string? UserId, string? UserName)
{
    public static readonly AuditActor System = new(null, "system");
}
