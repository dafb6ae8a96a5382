using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Forecasts;
using TpmHub.Core.Projects;

namespace TpmHub.Web.Features.Forecasts;

public sealed class ForecastRunConfiguration : IEntityTypeConfiguration<ForecastRun>
{
    public void Configure(EntityTypeBuilder<ForecastRun> builder)
    {
        builder.ToTable("forecasts");
        builder.HasKey(f => f.Id);
        builder.HasIndex(f => new { f.ProjectId, f.CreatedAt });
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Distribution).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.SummaryJson).HasColumnType("jsonb");
        builder.Property(f => f.Error).HasMaxLength(2000);
        builder.Property(f => f.CreatedBy).HasMaxLength(256);
        builder.HasOne<Project>().WithMany().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ForecastSettingsConfiguration : IEntityTypeConfiguration<ForecastSettings>
{
    public void Configure(EntityTypeBuilder<ForecastSettings> builder)
    {
        builder.ToTable("forecast_settings");
        builder.HasKey(s => s.ProjectId);
        builder.Property(s => s.Distribution).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasOne<Project>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
