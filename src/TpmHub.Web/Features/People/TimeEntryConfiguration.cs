using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.People;
using TpmHub.Core.Projects;
using TpmHub.Core.Work;

namespace TpmHub.Web.Features.People;

public sealed class TimeEntryConfiguration : IEntityTypeConfiguration<TimeEntry>
{
    public void Configure(EntityTypeBuilder<TimeEntry> builder)
    {
        builder.ToTable("time_entries");
        builder.HasKey(t => t.Id);
        // Covering: labour cost per project and day (earned value, the budget tab) is read from the index alone.
        builder.HasIndex(t => new { t.ProjectId, t.Date }).IncludeProperties(t => t.Cost);
        builder.HasIndex(t => new { t.PersonId, t.Date });
        builder.Property(t => t.Hours).HasPrecision(5, 2);
        builder.Property(t => t.Cost).HasPrecision(20, 4);
        builder.Property(t => t.Note).HasMaxLength(1000);
        builder.Property(t => t.ApprovedBy).HasMaxLength(200);
        builder.Property(t => t.Version).IsRowVersion();
        builder.HasOne<Project>().WithMany().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
        // Hours are cost already incurred: a person with time on the books cannot be deleted (the service says so).
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkItem>().WithMany().HasForeignKey(t => t.WorkItemId).OnDelete(DeleteBehavior.SetNull);
    }
}
