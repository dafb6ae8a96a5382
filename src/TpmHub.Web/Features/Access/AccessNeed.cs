namespace TpmHub.Web.Features.Access;

/// <summary>What a caller wants to do with a project.</summary>
public enum AccessNeed
{
    /// <summary>See it: members and admins.</summary>
    Read,

    /// <summary>Change its data: leads and admins, and not while it is archived.</summary>
    Write,

    /// <summary>Manage members, delete: admins.</summary>
    Manage,

    /// <summary>Archive or unarchive: leads and admins, whether or not it is archived.</summary>
    Archive,
}
