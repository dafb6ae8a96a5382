namespace TpmHub.Core.Communications;

/// <summary>A stakeholder from the project's register named in a communication's audience.</summary>
public sealed class CommunicationAudienceMember
{
    public Guid CommunicationId { get; set; }

    public Guid StakeholderId { get; set; }
}
