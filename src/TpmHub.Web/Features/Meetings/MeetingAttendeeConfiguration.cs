using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Meetings;
using TpmHub.Core.Stakeholders;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.Meetings;

public sealed class MeetingAttendeeConfiguration : IEntityTypeConfiguration<MeetingAttendee>
{
    public void Configure(EntityTypeBuilder<MeetingAttendee> builder)
    {
        builder.ToTable("meeting_attendees");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.MeetingId, a.Position });
        builder.Property(a => a.Name).HasMaxLength(MeetingRules.NameMaxLength).IsRequired();
        builder.Property(a => a.Email).HasMaxLength(MeetingRules.EmailMaxLength);
        builder.Property(a => a.Handle).HasMaxLength(MeetingRules.HandleMaxLength);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        // An attendee keeps their name when the user or stakeholder they were goes away.
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Stakeholder>().WithMany().HasForeignKey(a => a.StakeholderId).OnDelete(DeleteBehavior.SetNull);
    }
}
