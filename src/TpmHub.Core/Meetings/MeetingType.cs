namespace TpmHub.Core.Meetings;

/// <summary>The kinds of meeting a TPM runs; the API writes them camel-cased (<c>steeringCommittee</c>).</summary>
public enum MeetingType
{
    Standup,
    Planning,
    Retro,
    SteeringCommittee,
    DesignReview,
    IncidentReview,
    Other,
}
