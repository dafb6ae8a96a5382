using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Sharing;

namespace TpmHub.Web.Features.Sharing;

public sealed class ShareLinkViewConfiguration : IEntityTypeConfiguration<ShareLinkView>
{
    public void Configure(EntityTypeBuilder<ShareLinkView> builder)
    {
        builder.ToTable("share_link_views");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).UseIdentityAlwaysColumn();
        builder.Property(v => v.AddressHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(v => v.What).HasMaxLength(16).IsRequired();
        builder.HasOne<ShareLink>().WithMany().HasForeignKey(v => v.ShareLinkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => v.ShareLinkId);
    }
}
