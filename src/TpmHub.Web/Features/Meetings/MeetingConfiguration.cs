using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Meetings;
using TpmHub.Core.Projects;

namespace TpmHub.Web.Features.Meetings;

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("meetings");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => new { m.ProjectId, m.Date });
        builder.HasIndex(m => m.SeriesId);
        builder.Property(m => m.Title).HasMaxLength(MeetingRules.TitleMaxLength).IsRequired();
        builder.Property(m => m.Type).HasConversion<string>().HasMaxLength(24);
        builder.Property(m => m.Notes).IsRequired();
        builder.Property(m => m.Version).IsRowVersion();
        builder.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
