using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Risks;
using TpmHub.Core.Work;

namespace TpmHub.Web.Features.Risks;

public sealed class RaidEntryLinkConfiguration : IEntityTypeConfiguration<RaidEntryLink>
{
    public void Configure(EntityTypeBuilder<RaidEntryLink> builder)
    {
        builder.ToTable("raid_entry_links");
        builder.HasKey(l => new { l.EntryId, l.WorkItemId });
        builder.HasIndex(l => l.WorkItemId);
        builder.HasOne<RaidEntry>().WithMany().HasForeignKey(l => l.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WorkItem>().WithMany().HasForeignKey(l => l.WorkItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
