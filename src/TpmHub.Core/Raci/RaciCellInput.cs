namespace TpmHub.Core.Raci;

/// <summary>A cell as a client sent it, unchecked: ids and role as text so every problem can be named by its field.</summary>
public sealed record RaciCellInput(string? MemberUserId, string? StakeholderId, string? Role);
