using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Risks;

namespace TpmHub.Web.Features.Risks;

public sealed class RaidHistoryConfiguration : IEntityTypeConfiguration<RaidHistory>
{
    public void Configure(EntityTypeBuilder<RaidHistory> builder)
    {
        builder.ToTable("raid_history");
        builder.HasKey(h => h.Id);
        builder.HasIndex(h => new { h.EntryId, h.At });
        builder.HasIndex(h => new { h.ProjectId, h.At });
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(h => h.CostImpact).HasPrecision(18, 2);
        builder.Property(h => h.ChangedBy).HasMaxLength(256);
        builder.HasOne<RaidEntry>().WithMany().HasForeignKey(h => h.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
