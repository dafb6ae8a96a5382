using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Decisions;
using TpmHub.Core.Projects;

namespace TpmHub.Web.Features.Decisions;

public sealed class DecisionSequenceConfiguration : IEntityTypeConfiguration<DecisionSequence>
{
    public void Configure(EntityTypeBuilder<DecisionSequence> builder)
    {
        builder.ToTable("decision_sequences");
        builder.HasKey(s => s.ProjectId);
        builder.HasOne<Project>().WithOne().HasForeignKey<DecisionSequence>(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
