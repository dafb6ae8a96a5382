using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Decisions;
using TpmHub.Core.Projects;

namespace TpmHub.Web.Features.Decisions;

public sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ToTable("decisions");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.Key).IsUnique();
        builder.HasIndex(d => new { d.ProjectId, d.Number }).IsUnique();
        builder.HasIndex(d => d.SupersededById);
        builder.Property(d => d.Key).HasMaxLength(32).IsRequired();
        builder.Property(d => d.Title).HasMaxLength(DecisionRules.TitleMaxLength).IsRequired();
        builder.Property(d => d.Context).HasMaxLength(DecisionRules.TextMaxLength);
        builder.Property(d => d.Outcome).HasColumnName("decision").HasMaxLength(DecisionRules.TextMaxLength);
        builder.Property(d => d.Alternatives).HasMaxLength(DecisionRules.TextMaxLength);
        builder.Property(d => d.Consequences).HasMaxLength(DecisionRules.TextMaxLength);
        builder.Property(d => d.DecidedBy).HasMaxLength(DecisionRules.NameMaxLength);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Version).IsRowVersion();
        builder.HasOne<Project>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
        // The service refuses to delete a decision another names as its replacement; SET NULL only matters when the whole
        // project goes, so the project's cascade never trips over its decisions pointing at each other.
        builder.HasOne<Decision>().WithMany().HasForeignKey(d => d.SupersededById).OnDelete(DeleteBehavior.SetNull);
    }
}
