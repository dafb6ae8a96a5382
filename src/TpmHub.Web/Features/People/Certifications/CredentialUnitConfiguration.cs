using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Certifications;

namespace TpmHub.Web.Features.People.Certifications;

public sealed class CredentialUnitConfiguration : IEntityTypeConfiguration<CredentialUnit>
{
    public void Configure(EntityTypeBuilder<CredentialUnit> builder)
    {
        builder.ToTable("credential_units");
        builder.HasKey(u => u.Id);
        builder.HasIndex(u => new { u.PersonCredentialId, u.Date });
        builder.Property(u => u.Hours).HasPrecision(6, 2);
        builder.Property(u => u.Activity).HasMaxLength(CredentialRules.ActivityMaxLength);
        builder.HasOne<PersonCredential>().WithMany().HasForeignKey(u => u.PersonCredentialId).OnDelete(DeleteBehavior.Cascade);
    }
}
