using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Projects;
using TpmHub.Core.Work;
using TpmHub.Web.Features.Work.Items;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Gantt;

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
