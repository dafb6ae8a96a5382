using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Communications;
using TpmHub.Core.Stakeholders;

namespace TpmHub.Web.Features.Communications;

public sealed class CommunicationAudienceConfiguration : IEntityTypeConfiguration<CommunicationAudienceMember>
{
    public void Configure(EntityTypeBuilder<CommunicationAudienceMember> builder)
    {
        builder.ToTable("communication_audience");
        builder.HasKey(a => new { a.CommunicationId, a.StakeholderId });
        builder.HasIndex(a => a.StakeholderId);
        builder.HasOne<Communication>().WithMany().HasForeignKey(a => a.CommunicationId).OnDelete(DeleteBehavior.Cascade);
        // A stakeholder who leaves the register leaves the audiences they were named in.
        builder.HasOne<Stakeholder>().WithMany().HasForeignKey(a => a.StakeholderId).OnDelete(DeleteBehavior.Cascade);
    }
}
