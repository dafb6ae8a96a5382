using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Projects;
using TpmHub.Core.Work;

namespace TpmHub.Web.Features.Work.Baselines;

public sealed class BaselineConfiguration : IEntityTypeConfiguration<Baseline>
{
    public void Configure(EntityTypeBuilder<Baseline> builder)
    {
        builder.ToTable("baselines");
        builder.HasKey(b => b.Id);
        builder.HasIndex(b => new { b.ProjectId, b.CreatedAt });
        builder.Property(b => b.Name).HasMaxLength(120).IsRequired();
        builder.Property(b => b.CreatedBy).HasMaxLength(256);
        builder.HasOne<Project>().WithMany().HasForeignKey(b => b.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Items).WithOne().HasForeignKey(i => i.BaselineId).OnDelete(DeleteBehavior.Cascade);
    }
}
