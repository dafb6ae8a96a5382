namespace TpmHub.Web.Features.Sharing;

/// <summary>A link just made: the absolute <c>url</c> carries the token and is shown this once; only its hash is kept.</summary>
public sealed record ShareLinkCreated(Guid Id, string Url, DateOnly ExpiresOn, string Label, bool HasPassword);
