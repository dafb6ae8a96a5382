namespace TpmHub.Web.Components;

/// <summary>
/// What a page could not find (e.g. "Project SEC"), for the not-found page that replaces it; scoped, so it lives for
/// one prerendered request or one circuit.
/// </summary>
public sealed class NotFoundNotice
{
    public string? What { get; set; }
}
