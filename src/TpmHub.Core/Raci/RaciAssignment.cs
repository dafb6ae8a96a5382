namespace TpmHub.Core.Raci;

/// <summary>A checked cell: one person and their role.</summary>
public sealed record RaciAssignment(RaciPerson Person, RaciRole Role);
