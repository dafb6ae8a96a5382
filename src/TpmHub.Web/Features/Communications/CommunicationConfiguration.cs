using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Communications;
using TpmHub.Core.Projects;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.Communications;

public sealed class CommunicationConfiguration : IEntityTypeConfiguration<Communication>
{
    public void Configure(EntityTypeBuilder<Communication> builder)
    {
        builder.ToTable("communications");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.ProjectId, c.NextDue });
        builder.Property(c => c.Audience).HasMaxLength(CommunicationRules.ShortTextMaxLength).IsRequired();
        builder.Property(c => c.What).HasMaxLength(CommunicationRules.TextMaxLength).IsRequired();
        builder.Property(c => c.Channel).HasMaxLength(CommunicationRules.ShortTextMaxLength).IsRequired();
        builder.Property(c => c.Notes).HasMaxLength(CommunicationRules.TextMaxLength);
        builder.Property(c => c.Frequency).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasOne<Project>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.SetNull);
    }
}
