using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Projects;
using TpmHub.Core.Stakeholders;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.Stakeholders;

public sealed class StakeholderConfiguration : IEntityTypeConfiguration<Stakeholder>
{
    public void Configure(EntityTypeBuilder<Stakeholder> builder)
    {
        builder.ToTable("stakeholders");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.ProjectId, s.Name });
        builder.Property(s => s.Name).HasMaxLength(StakeholderRules.NameMaxLength).IsRequired();
        builder.Property(s => s.Organisation).HasMaxLength(StakeholderRules.ShortTextMaxLength);
        builder.Property(s => s.Title).HasMaxLength(StakeholderRules.ShortTextMaxLength);
        builder.Property(s => s.Email).HasMaxLength(StakeholderRules.ShortTextMaxLength);
        builder.Property(s => s.Strategy).HasMaxLength(StakeholderRules.TextMaxLength);
        builder.Property(s => s.Preferences).HasMaxLength(StakeholderRules.TextMaxLength);
        builder.Property(s => s.Engagement).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.DesiredEngagement).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasOne<Project>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
