namespace TpmHub.Web.Features.Common;

/// <summary>The shape every list endpoint returns: one page of items and the total count.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total);
