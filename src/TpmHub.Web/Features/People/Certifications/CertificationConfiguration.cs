using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Certifications;

namespace TpmHub.Web.Features.People.Certifications;

public sealed class CertificationConfiguration : IEntityTypeConfiguration<Certification>
{
    public void Configure(EntityTypeBuilder<Certification> builder)
    {
        builder.ToTable("certifications");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Code).HasMaxLength(CredentialRules.CodeMaxLength).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(CredentialRules.NameMaxLength).IsRequired();
        builder.Property(c => c.IssuingBody).HasMaxLength(CredentialRules.NameMaxLength).IsRequired();
        builder.Property(c => c.UnitName).HasMaxLength(CredentialRules.UnitNameMaxLength);
    }
}
