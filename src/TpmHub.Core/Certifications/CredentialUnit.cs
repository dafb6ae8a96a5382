namespace TpmHub.Core.Certifications;

/// <summary>Continuing-education hours logged against a credential (a course, a webinar, volunteering), one hour one unit.</summary>
public sealed class CredentialUnit
{
    public Guid Id { get; set; }

    public Guid PersonCredentialId { get; set; }

    public DateOnly Date { get; set; }

    public decimal Hours { get; set; }

    public string Activity { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
