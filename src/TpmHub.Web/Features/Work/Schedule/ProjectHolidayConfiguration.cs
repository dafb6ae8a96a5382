using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Projects;
using TpmHub.Core.Work;

namespace TpmHub.Web.Features.Work.Schedule;

public sealed class ProjectHolidayConfiguration : IEntityTypeConfiguration<ProjectHoliday>
{
    public void Configure(EntityTypeBuilder<ProjectHoliday> builder)
    {
        builder.ToTable("project_holidays");
        builder.HasKey(h => new { h.ProjectId, h.Date });
        builder.HasOne<Project>().WithMany().HasForeignKey(h => h.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
