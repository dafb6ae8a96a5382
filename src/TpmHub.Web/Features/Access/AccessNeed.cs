namespace TpmHub.Web.Features.Access;

/// <summary>What a caller wants to do with a project: read it, change its data, or manage it (members; admins only).</summary>
public enum AccessNeed
{
    Read,
    Write,
    Manage,
}
