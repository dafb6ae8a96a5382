using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Projects;
using TpmHub.Core.Reporting;

namespace TpmHub.Web.Features.StatusReports;

public sealed class StatusReportConfiguration : IEntityTypeConfiguration<StatusReport>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<StatusReport> builder)
    {
        builder.ToTable("status_reports");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.ProjectId, r.PeriodEnd });
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Health).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Narrative).HasMaxLength(StatusReportRules.NarrativeMaxLength);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.PublishedBy).HasMaxLength(256);
        // The sections are written once, read whole and never queried into: one jsonb document per report.
        builder.Property(r => r.Sections).HasColumnType("jsonb").HasConversion(
            sections => JsonSerializer.Serialize(sections, Json),
            json => JsonSerializer.Deserialize<List<StatusReportSection>>(json, Json) ?? new List<StatusReportSection>(),
            new ValueComparer<List<StatusReportSection>>(
                (a, b) => a!.SequenceEqual(b!),
                list => list.Aggregate(0, (hash, s) => HashCode.Combine(hash, s.GetHashCode())),
                list => list.ToList()));
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
