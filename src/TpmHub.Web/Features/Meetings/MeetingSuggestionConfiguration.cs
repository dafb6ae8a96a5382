using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Meetings;

namespace TpmHub.Web.Features.Meetings;

public sealed class MeetingSuggestionConfiguration : IEntityTypeConfiguration<MeetingSuggestion>
{
    public void Configure(EntityTypeBuilder<MeetingSuggestion> builder)
    {
        builder.ToTable("meeting_suggestions");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.MeetingId, s.Position });
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Text).HasMaxLength(MeetingRules.SuggestionTextMaxLength).IsRequired();
        builder.Property(s => s.Owner).HasMaxLength(MeetingRules.NameMaxLength);
        builder.Property(s => s.Source).IsRequired();
        builder.Property(s => s.Fingerprint).HasMaxLength(512).IsRequired();
        builder.Property(s => s.CreatedKey).HasMaxLength(40);
        builder.Property(s => s.DecidedBy).HasMaxLength(200);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(s => s.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
