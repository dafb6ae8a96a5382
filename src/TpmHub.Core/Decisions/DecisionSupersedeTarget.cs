namespace TpmHub.Core.Decisions;

/// <summary>The decision named as <c>supersededBy</c>, as found in the same project: its id and whom it is itself superseded by.</summary>
public sealed record DecisionSupersedeTarget(Guid Id, string Key, Guid? SupersededById);
