using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.People;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.People;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.Name);
        builder.HasIndex(p => p.Team);
        builder.HasIndex(p => p.UserId).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(120).IsRequired();
        builder.Property(p => p.Email).HasMaxLength(254);
        builder.Property(p => p.Title).HasMaxLength(120);
        builder.Property(p => p.Team).HasMaxLength(120);
        builder.Property(p => p.Location).HasMaxLength(120);
        builder.Property(p => p.WeeklyCapacityHours).HasPrecision(5, 2);
        builder.Property(p => p.Version).IsRowVersion();
        // A person outlives the user account they were linked to.
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
