namespace TpmHub.Core.Sharing;

/// <summary>
/// A link that opens one project's read-only dashboard (and its published reports) without an account. Only the SHA-256
/// of its random token is kept; the token itself is shown once, when the link is made.
/// </summary>
public sealed class ShareLink
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>Who it is for, as the lead notes it (e.g. "Board pack, December").</summary>
    public string Label { get; set; } = "";

    /// <summary>The last day the link opens (inclusive, in the server's local date).</summary>
    public DateOnly ExpiresOn { get; set; }

    /// <summary>The password's hash when the lead set one; null opens without a password.</summary>
    public string? PasswordHash { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }
}
