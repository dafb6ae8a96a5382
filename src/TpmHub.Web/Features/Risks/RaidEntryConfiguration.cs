using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Projects;
using TpmHub.Core.Risks;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.Risks;

public sealed class RaidEntryConfiguration : IEntityTypeConfiguration<RaidEntry>
{
    public void Configure(EntityTypeBuilder<RaidEntry> builder)
    {
        builder.ToTable("raid_entries");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.Key).IsUnique();
        builder.HasIndex(e => new { e.ProjectId, e.Number }).IsUnique();
        builder.HasIndex(e => new { e.ProjectId, e.Kind, e.Status });
        // The portfolio heat map and top-risks list aggregate open risks across projects.
        builder.HasIndex(e => new { e.Kind, e.Status, e.Probability, e.Impact });
        builder.Property(e => e.Key).HasMaxLength(24).IsRequired();
        builder.Property(e => e.Title).HasMaxLength(RaidRules.TitleMaxLength).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(RaidRules.DescriptionMaxLength);
        foreach (var text in new[] { nameof(RaidEntry.MitigationPlan), nameof(RaidEntry.ContingencyPlan), nameof(RaidEntry.Trigger),
                     nameof(RaidEntry.ValidationMethod), nameof(RaidEntry.Resolution), nameof(RaidEntry.ExternalParty), nameof(RaidEntry.Need) })
        {
            builder.Property(text).HasMaxLength(RaidRules.TextMaxLength);
        }

        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Category).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Response).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Severity).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.CostImpact).HasPrecision(18, 2);
        builder.Property(e => e.Version).IsRowVersion();
        builder.HasOne<Project>().WithMany().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<RaidEntry>().WithMany().HasForeignKey(e => e.SourceRiskId).OnDelete(DeleteBehavior.SetNull);
    }
}
