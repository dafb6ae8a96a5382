using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.People;
using TpmHub.Core.Projects;

namespace TpmHub.Web.Features.People.Capacity;

public sealed class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.ToTable("allocations");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.ProjectId, a.From });
        builder.HasIndex(a => new { a.PersonId, a.From });
        builder.Property(a => a.Version).IsRowVersion();
        builder.Property(a => a.Role).HasMaxLength(AllocationRules.RoleMaxLength);
        builder.Ignore(a => a.IsPlaceholder);
        builder.OwnsMany(a => a.Requirements, r =>
        {
            r.ToJson("requirements");
            r.Property(x => x.Kind).HasConversion<string>();
        });
        builder.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
