using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Projects;
using TpmHub.Core.Work;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Schedule;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Gantt;

namespace TpmHub.Web.Features.Work.Items;

public sealed class WorkItemSequenceConfiguration : IEntityTypeConfiguration<WorkItemSequence>
{
    public void Configure(EntityTypeBuilder<WorkItemSequence> builder)
    {
        builder.ToTable("work_item_sequences");
        builder.HasKey(s => s.ProjectId);
        builder.HasOne<Project>().WithOne().HasForeignKey<WorkItemSequence>(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
