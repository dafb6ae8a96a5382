namespace TpmHub.Core.People;

/// <summary>Why a person is away; every kind takes the days out of their capacity.</summary>
public enum TimeOffKind
{
    Vacation,
    Sick,
    Training,
    Other,

    /// <summary>A public holiday where the person works (holidays follow people's locations, not projects' calendars).</summary>
    PublicHoliday,
}
