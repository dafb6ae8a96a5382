using TpmHub.Core.Certifications;
using TpmHub.Core.Common;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.People.Certifications;

/// <summary>A catalogue entry an admin adds: renewal cycle in years and units per cycle, both absent for a certificate good for life.</summary>
public sealed record CertificationRequest(string? Code, string? Name, string? IssuingBody, int? RenewalYears, int? UnitsRequired, string? UnitName);

/// <summary>A certification of the catalogue, with how many people hold it.</summary>
public sealed record CertificationRow(Guid Id, string Code, string Name, string IssuingBody, int? RenewalYears, int? UnitsRequired, string UnitName, int Holders);

/// <summary>
/// A credential as sent: the certification by code (<c>PMP</c>) or id, the credential id printed on the certificate, the
/// date earned and the expiry (yyyy-MM-dd; when absent, earned plus the certification's renewal cycle, or none).
/// </summary>
public sealed record CredentialRequest(string? Certification, string? CredentialId, string? EarnedOn, string? ExpiresOn, uint? Version)
{
    public Result<CredentialDraft> ToDraft(bool requireVersion)
    {
        var errors = new ValidationErrors();
        DateOnly? earned = InputLimits.Text("earnedOn", EarnedOn, errors) ? RequestParsing.Date(EarnedOn, "earnedOn", errors) : null;
        DateOnly? expires = InputLimits.Text("expiresOn", ExpiresOn, errors) ? RequestParsing.Date(ExpiresOn, "expiresOn", errors) : null;
        if (InputLimits.Text("certification", Certification, errors) && string.IsNullOrWhiteSpace(Certification))
        {
            errors.Add("certification", "Name the certification by its code (PMP, CSM, PRINCE2-F …) or id.");
        }

        foreach (var (field, messages) in CredentialRules.ValidateCredential(CredentialId, earned, expires).ToDictionary().Where(f => !errors.Has(f.Key)))
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        if (requireVersion && Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        return errors.Any ? errors.ToError() : new CredentialDraft(Certification!.Trim(), CredentialId?.Trim() ?? "", earned!.Value, expires, !string.IsNullOrEmpty(ExpiresOn));
    }
}

public sealed record CredentialDraft(string Certification, string CredentialNumber, DateOnly EarnedOn, DateOnly? ExpiresOn, bool ExpiryGiven);

/// <summary>Continuing-education hours to log: the day, the hours (one hour, one unit) and what the activity was.</summary>
public sealed record CredentialUnitRequest(string? Date, decimal? Hours, string? Activity);

/// <summary>Logged hours; <see cref="InCycle"/> says whether they count towards the current renewal.</summary>
public sealed record CredentialUnitRow(Guid Id, DateOnly Date, decimal Hours, string Activity, bool InCycle);

/// <summary>
/// A held credential with where it stands today (<see cref="CredentialRules"/>): status, days to expiry (negative once
/// expired), the current cycle's start, units required, logged in the cycle and still needed.
/// </summary>
public sealed record CredentialRow(
    Guid Id,
    Guid PersonId,
    string PersonName,
    string Certification,
    string CertificationName,
    string IssuingBody,
    string CredentialId,
    DateOnly EarnedOn,
    DateOnly? ExpiresOn,
    CredentialStatus Status,
    int? DaysToExpiry,
    DateOnly CycleStart,
    int? UnitsRequired,
    decimal UnitsLogged,
    decimal? UnitsNeeded,
    string UnitName,
    IReadOnlyList<CredentialUnitRow> Units,
    uint Version);
