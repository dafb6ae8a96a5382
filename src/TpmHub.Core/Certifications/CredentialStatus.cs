namespace TpmHub.Core.Certifications;

/// <summary>Where a credential stands today (see <see cref="CredentialRules.Status"/>).</summary>
public enum CredentialStatus
{
    Valid,
    ExpiringSoon,
    Expired,
    NoExpiry,
}
