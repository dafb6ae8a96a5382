using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.People;

namespace TpmHub.Web.Features.People;

public sealed class PersonTimeOffConfiguration : IEntityTypeConfiguration<PersonTimeOff>
{
    public void Configure(EntityTypeBuilder<PersonTimeOff> builder)
    {
        builder.ToTable("person_time_off");
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => new { t.PersonId, t.From });
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
