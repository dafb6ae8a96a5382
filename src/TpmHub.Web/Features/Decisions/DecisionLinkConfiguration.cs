using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Decisions;
using TpmHub.Core.Risks;
using TpmHub.Core.Work;

namespace TpmHub.Web.Features.Decisions;

public sealed class DecisionLinkConfiguration : IEntityTypeConfiguration<DecisionLink>
{
    public void Configure(EntityTypeBuilder<DecisionLink> builder)
    {
        builder.ToTable("decision_links", t => t.HasCheckConstraint("ck_decision_links_one_target",
            "(work_item_id IS NULL) <> (raid_entry_id IS NULL)"));
        builder.HasKey(l => l.Id);
        builder.HasIndex(l => new { l.DecisionId, l.WorkItemId }).IsUnique();
        builder.HasIndex(l => new { l.DecisionId, l.RaidEntryId }).IsUnique();
        builder.HasIndex(l => l.WorkItemId);
        builder.HasIndex(l => l.RaidEntryId);
        builder.HasOne<Decision>().WithMany().HasForeignKey(l => l.DecisionId).OnDelete(DeleteBehavior.Cascade);
        // A deleted work item or RAID entry drops out of the decisions that named it.
        builder.HasOne<WorkItem>().WithMany().HasForeignKey(l => l.WorkItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RaidEntry>().WithMany().HasForeignKey(l => l.RaidEntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
