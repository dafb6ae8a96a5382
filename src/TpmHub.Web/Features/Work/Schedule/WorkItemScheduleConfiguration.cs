using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Work;

namespace TpmHub.Web.Features.Work.Schedule;

public sealed class WorkItemScheduleConfiguration : IEntityTypeConfiguration<WorkItemSchedule>
{
    public void Configure(EntityTypeBuilder<WorkItemSchedule> builder)
    {
        builder.ToTable("work_item_schedules");
        builder.HasKey(s => s.WorkItemId);
        builder.HasIndex(s => new { s.ProjectId, s.EarlyStartOffset });
        builder.HasOne<WorkItem>().WithOne().HasForeignKey<WorkItemSchedule>(s => s.WorkItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
