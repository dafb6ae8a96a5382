namespace TpmHub.Core.Certifications;

/// <summary>A certification a person holds: the number on the certificate, when it was earned and when it runs out.</summary>
public sealed class PersonCredential
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public Guid CertificationId { get; set; }

    /// <summary>The credential id the issuing body printed on the certificate (empty when not known); unique per certification.</summary>
    public string CredentialNumber { get; set; } = "";

    public DateOnly EarnedOn { get; set; }

    /// <summary>The last day the credential is valid; null when it never expires.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
