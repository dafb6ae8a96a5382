using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Projects;
using TpmHub.Core.Risks;

namespace TpmHub.Web.Features.Risks;

public sealed class RaidSequenceConfiguration : IEntityTypeConfiguration<RaidSequence>
{
    public void Configure(EntityTypeBuilder<RaidSequence> builder)
    {
        builder.ToTable("raid_sequences");
        builder.HasKey(s => s.ProjectId);
        builder.HasOne<Project>().WithOne().HasForeignKey<RaidSequence>(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
