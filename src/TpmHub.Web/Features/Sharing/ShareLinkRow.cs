namespace TpmHub.Web.Features.Sharing;

/// <summary>A share link as the lead lists it: never its token. <c>status</c> is active, expired or revoked.</summary>
public sealed record ShareLinkRow(Guid Id, string Label, DateOnly ExpiresOn, bool HasPassword, string Status, string CreatedBy,
    DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, int Views, int Viewers, DateTimeOffset? LastViewedAt);
