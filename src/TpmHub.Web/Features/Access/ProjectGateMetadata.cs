namespace TpmHub.Web.Features.Access;

/// <summary>
/// Marks an endpoint as one the gate guards. <see cref="Need"/> null means: reads (GET, HEAD) need read access, every
/// other method needs write access.
/// </summary>
public sealed record ProjectGateMetadata(AccessNeed? Need);
