namespace TpmHub.Core.Projects;

public enum ProjectKind
{
    CloudMigration,
    SoftwareDelivery,
    InfrastructureUpgrade,
    Cybersecurity,
    Other,
}
