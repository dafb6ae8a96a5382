namespace TpmHub.Core.Forecasts;

/// <summary>
/// A project finish: <paramref name="Offset"/> is the finish offset in working days from the project start (exclusive, as
/// <c>ScheduleResult.ProjectFinish</c>); <paramref name="Date"/> is the date of offset Offset − 1, the last working day
/// (the start date when Offset is 0), as <c>ScheduleResult.ProjectFinishDate</c>.
/// </summary>
public readonly record struct ForecastFinish(int Offset, DateOnly Date);
