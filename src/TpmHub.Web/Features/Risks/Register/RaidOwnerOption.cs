namespace TpmHub.Web.Features.Risks.Register;

/// <summary>A project member who may own a RAID entry.</summary>
public sealed record RaidOwnerOption(string UserId, string DisplayName);
