namespace TpmHub.Core.Schedule;

/// <summary>
/// One task's computed schedule. Offsets are working days from the project start; finishes are exclusive
/// (a task starting at offset s with duration d works offsets s … s+d−1 and finishes at s+d).
/// Dates are the days a person reads: a start date is the date of its start offset, a finish date the date of
/// its last working day (offset finish−1); a milestone (d = 0) shows both on the date of offset s−1 when s &gt; 0,
/// else on the date of offset s.
/// </summary>
/// <param name="TotalFloat">Late start − early start; never negative.</param>
/// <param name="FreeFloat">
/// How far the task can slip without moving any successor's early dates or the project finish:
/// the least link slack (see <see cref="ScheduleEngine"/>) and never more than project finish − early finish.
/// </param>
/// <param name="Critical">Total float is 0.</param>
public sealed record ScheduledTask(
    string Key,
    int DurationDays,
    int EarlyStart,
    int EarlyFinish,
    int LateStart,
    int LateFinish,
    int TotalFloat,
    int FreeFloat,
    bool Critical,
    DateOnly EarlyStartDate,
    DateOnly EarlyFinishDate,
    DateOnly LateStartDate,
    DateOnly LateFinishDate);
