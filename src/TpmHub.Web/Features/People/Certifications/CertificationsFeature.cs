using TpmHub.Core.Certifications;
using TpmHub.Web.Data;
using TpmHub.Web.Features.People.Directory;

namespace TpmHub.Web.Features.People.Certifications;

public static class CertificationsFeature
{
    /// <summary>The catalogue and people's credentials; like people, they belong to no project, so their audit entries carry none.</summary>
    public static IServiceCollection AddCertifications(this IServiceCollection services)
    {
        services.AddScoped<CertificationService>();
        services.AddAuditDescription<Certification>(c => (null, $"certification {c.Code}"));
        services.AddAuditDescription<PersonCredential>(c => (null, PeopleFeature.Short($"credential {c.CredentialNumber} of {c.PersonId}")));
        services.AddAuditDescription<CredentialUnit>(u => (null, $"units {u.Date:yyyy-MM-dd} of {u.PersonCredentialId}"));
        return services;
    }
}
