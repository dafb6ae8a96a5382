namespace TpmHub.Web.Features.Sharing;

/// <summary>A new share link: its last day (<c>yyyy-MM-dd</c>, at most 90 days ahead), an optional password and a label.</summary>
public sealed record ShareLinkRequest(string? ExpiresOn, string? Password, string? Label);
