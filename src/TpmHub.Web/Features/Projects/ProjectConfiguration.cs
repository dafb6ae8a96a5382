using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Projects;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.Projects;

public sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.Key).IsUnique();
        builder.Property(p => p.Key).HasMaxLength(10).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(ProjectRules.NameMaxLength).IsRequired();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Phase).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.HealthOverride).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.HealthOverrideReason).HasMaxLength(ProjectHealthRules.ReasonMaxLength);
        builder.Property(p => p.HealthOverrideBy).HasMaxLength(450);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.HealthOverrideBy).OnDelete(DeleteBehavior.SetNull);
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(p => p.Description).HasMaxLength(ProjectRules.DescriptionMaxLength);
        builder.Property(p => p.Objectives).HasMaxLength(ProjectRules.ObjectivesMaxLength);
        builder.Property(p => p.OwnerId).IsRequired();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
