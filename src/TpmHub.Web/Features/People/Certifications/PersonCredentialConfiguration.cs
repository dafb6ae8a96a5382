using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Certifications;
using TpmHub.Core.People;

namespace TpmHub.Web.Features.People.Certifications;

public sealed class PersonCredentialConfiguration : IEntityTypeConfiguration<PersonCredential>
{
    public void Configure(EntityTypeBuilder<PersonCredential> builder)
    {
        builder.ToTable("person_credentials");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.PersonId);
        builder.HasIndex(c => c.ExpiresOn);
        // One certificate number per certification; credentials recorded without a number are not compared.
        builder.HasIndex(c => new { c.CertificationId, c.CredentialNumber }).IsUnique().HasFilter("credential_number <> ''");
        builder.Property(c => c.CredentialNumber).HasMaxLength(CredentialRules.CredentialNumberMaxLength);
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        // A certification people hold stays in the catalogue.
        builder.HasOne<Certification>().WithMany().HasForeignKey(c => c.CertificationId).OnDelete(DeleteBehavior.Restrict);
    }
}
