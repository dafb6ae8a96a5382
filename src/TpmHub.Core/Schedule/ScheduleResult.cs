namespace TpmHub.Core.Schedule;

/// <summary>
/// A computed schedule. <paramref name="ProjectFinish"/> is the latest early finish offset (0 with no tasks);
/// <paramref name="ProjectFinishDate"/> is the date of offset ProjectFinish−1 (the last working day), or the start date when it is 0.
/// </summary>
/// <param name="Tasks">One per input task, in input order.</param>
/// <param name="CriticalPath">Keys of the critical tasks (total float 0), ordered by early start, then input order.</param>
public sealed record ScheduleResult(
    DateOnly ProjectStartDate,
    int ProjectFinish,
    DateOnly ProjectFinishDate,
    IReadOnlyList<ScheduledTask> Tasks,
    IReadOnlyList<string> CriticalPath);
