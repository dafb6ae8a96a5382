using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Projects;
using TpmHub.Core.Work;

namespace TpmHub.Web.Features.Work.Dependencies;

public sealed class DependencyConfiguration : IEntityTypeConfiguration<Dependency>
{
    public void Configure(EntityTypeBuilder<Dependency> builder)
    {
        builder.ToTable("dependencies");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.PredecessorId, d.SuccessorId }).IsUnique();
        builder.HasIndex(d => d.SuccessorId);
        builder.HasIndex(d => d.ProjectId);
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(2);
        builder.HasOne<Project>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WorkItem>().WithMany().HasForeignKey(d => d.PredecessorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WorkItem>().WithMany().HasForeignKey(d => d.SuccessorId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("ck_dependencies_not_self", "predecessor_id <> successor_id"));
    }
}
