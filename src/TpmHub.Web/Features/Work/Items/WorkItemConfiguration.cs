using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Projects;
using TpmHub.Core.Work;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.Work.Items;

public sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> builder)
    {
        builder.ToTable("work_items");
        builder.HasKey(w => w.Id);
        builder.HasIndex(w => w.Key).IsUnique();
        builder.HasIndex(w => new { w.ProjectId, w.Number }).IsUnique();
        builder.HasIndex(w => w.ParentId);
        builder.Property(w => w.Key).HasMaxLength(24).IsRequired();
        builder.Property(w => w.Title).HasMaxLength(WorkItemRules.TitleMaxLength).IsRequired();
        builder.Property(w => w.Description).HasMaxLength(WorkItemRules.DescriptionMaxLength);
        builder.Property(w => w.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(w => w.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Property(w => w.Budget).HasPrecision(18, 2);
        builder.Property(w => w.Optimistic).HasPrecision(9, 2);
        builder.Property(w => w.MostLikely).HasPrecision(9, 2);
        builder.Property(w => w.Pessimistic).HasPrecision(9, 2);
        builder.Property(w => w.Version).IsRowVersion();
        builder.HasOne<Project>().WithMany().HasForeignKey(w => w.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WorkItem>().WithMany().HasForeignKey(w => w.ParentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(w => w.AssigneeId).OnDelete(DeleteBehavior.SetNull);
    }
}
