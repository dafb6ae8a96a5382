using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Work;

namespace TpmHub.Web.Features.Work.Baselines;

public sealed class BaselineItemConfiguration : IEntityTypeConfiguration<BaselineItem>
{
    public void Configure(EntityTypeBuilder<BaselineItem> builder)
    {
        builder.ToTable("baseline_items");
        builder.HasKey(i => new { i.BaselineId, i.WorkItemId });
        builder.Property(i => i.Key).HasMaxLength(24);
        builder.Property(i => i.Title).HasMaxLength(WorkItemRules.TitleMaxLength);
        builder.Property(i => i.Budget).HasPrecision(18, 2);
    }
}
