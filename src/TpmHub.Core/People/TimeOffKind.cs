namespace TpmHub.Core.People;

public enum TimeOffKind
{
    Vacation,
    Sick,
    Training,
    Other,
}
