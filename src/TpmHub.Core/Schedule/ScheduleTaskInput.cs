namespace TpmHub.Core.Schedule;

/// <summary>
/// A task to schedule. <paramref name="DurationDays"/> is in working days (0 = milestone);
/// <paramref name="StartNoEarlierThan"/>, when set, keeps the early start on or after the first working day on or after that date.
/// </summary>
public readonly record struct ScheduleTaskInput(string Key, int DurationDays, DateOnly? StartNoEarlierThan);
