namespace TpmHub.Core.Audit;

/// <summary>A changed field: old → new, as display strings.</summary>
public sealed record AuditChange(string Field, string? Old, string? New);
