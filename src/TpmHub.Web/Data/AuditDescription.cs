namespace TpmHub.Web.Data;

/// <summary>
/// How the audit trail names one kind of entity: the project it belongs to and the id a reader recognises (a key, a
/// name, a date). Each area registers its own with <see cref="DataFeature.AddAuditDescription{T}"/>; an entity without
/// one is not audited.
/// </summary>
public sealed record AuditDescription(Type EntityType, Func<object, (Guid? ProjectId, string EntityId)> Describe);
