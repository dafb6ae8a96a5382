namespace TpmHub.Core.Communications;

/// <summary>How often a planned communication goes out; decides how far "mark sent" moves its next due date.</summary>
public enum CommunicationFrequency
{
    Weekly,
    Fortnightly,
    Monthly,
    PerMilestone,
}
