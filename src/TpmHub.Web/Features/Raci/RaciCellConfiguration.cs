using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Projects;
using TpmHub.Core.Raci;
using TpmHub.Core.Stakeholders;
using TpmHub.Core.Work;

namespace TpmHub.Web.Features.Raci;

/// <summary>
/// Cells go with whatever they hang on, in the database: deleting the project, the work item or the stakeholder, or
/// removing the member from the project (the composite key of project_members), deletes their cells.
/// </summary>
public sealed class RaciCellConfiguration : IEntityTypeConfiguration<RaciCell>
{
    public void Configure(EntityTypeBuilder<RaciCell> builder)
    {
        builder.ToTable("raci_cells", table => table.HasCheckConstraint("ck_raci_cells_one_person",
            "(member_user_id IS NULL) <> (stakeholder_id IS NULL)"));
        builder.HasKey(c => c.Id);
        builder.Ignore(c => c.AuditName);
        builder.Property(c => c.Role).HasConversion<string>().HasMaxLength(16);
        // One role per person per row (NULLs are distinct, so each index only binds its own kind of person).
        builder.HasIndex(c => new { c.WorkItemId, c.MemberUserId }).IsUnique();
        builder.HasIndex(c => new { c.WorkItemId, c.StakeholderId }).IsUnique();
        builder.HasIndex(c => c.StakeholderId);
        builder.HasIndex(c => new { c.ProjectId, c.MemberUserId });
        builder.HasOne<Project>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WorkItem>().WithMany().HasForeignKey(c => c.WorkItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Stakeholder>().WithMany().HasForeignKey(c => c.StakeholderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProjectMember>().WithMany().HasForeignKey(c => new { c.ProjectId, c.MemberUserId }).OnDelete(DeleteBehavior.Cascade);
    }
}
