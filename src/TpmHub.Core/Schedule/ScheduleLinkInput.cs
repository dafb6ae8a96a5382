namespace TpmHub.Core.Schedule;

/// <summary>A dependency between two tasks; <paramref name="LagDays"/> is in working days and may be negative (a lead).</summary>
public readonly record struct ScheduleLinkInput(string PredecessorKey, string SuccessorKey, LinkType Type, int LagDays);
