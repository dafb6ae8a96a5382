using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Meetings;
using TpmHub.Core.Risks;
using TpmHub.Core.Work;

namespace TpmHub.Web.Features.Meetings;

public sealed class MeetingAgendaItemConfiguration : IEntityTypeConfiguration<MeetingAgendaItem>
{
    public void Configure(EntityTypeBuilder<MeetingAgendaItem> builder)
    {
        builder.ToTable("meeting_agenda_items");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.MeetingId, a.Position });
        builder.Property(a => a.Text).HasMaxLength(MeetingRules.AgendaTextMaxLength).IsRequired();
        builder.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WorkItem>().WithMany().HasForeignKey(a => a.WorkItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<RaidEntry>().WithMany().HasForeignKey(a => a.RaidEntryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<MeetingSuggestion>().WithMany().HasForeignKey(a => a.CarriedFromSuggestionId).OnDelete(DeleteBehavior.SetNull);
    }
}
