using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Projects;
using TpmHub.Core.Work;

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
