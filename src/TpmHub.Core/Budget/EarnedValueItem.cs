namespace TpmHub.Core.Budget;

/// <summary>A percent complete recorded as of a status date.</summary>
public readonly record struct ProgressPoint(DateOnly AsOf, int Percent);

/// <summary>
/// What earned value needs of one work item: its planned cost B, the dates and duration of the plan it is measured
/// against (a baseline's, or the current schedule's), and its dated progress, oldest first (entries on one day in the
/// order they were recorded).
/// </summary>
public sealed record EarnedValueItem(decimal Budget, DateOnly? Start, DateOnly? Finish, int DurationDays, IReadOnlyList<ProgressPoint> Progress);
