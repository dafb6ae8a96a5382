using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Projects;
using TpmHub.Core.Sharing;

namespace TpmHub.Web.Features.Sharing;

public sealed class ShareLinkConfiguration : IEntityTypeConfiguration<ShareLink>
{
    public void Configure(EntityTypeBuilder<ShareLink> builder)
    {
        builder.ToTable("share_links");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.TokenHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.Property(l => l.Label).HasMaxLength(ShareLinkRules.LabelMaxLength);
        builder.Property(l => l.PasswordHash).HasMaxLength(200);
        builder.Property(l => l.CreatedBy).HasMaxLength(450);
        builder.Property(l => l.RevokedBy).HasMaxLength(450);
        builder.HasOne<Project>().WithMany().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.ProjectId);
    }
}
