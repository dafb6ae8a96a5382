using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.People;

namespace TpmHub.Web.Features.People;

public sealed class PersonRateConfiguration : IEntityTypeConfiguration<PersonRate>
{
    public void Configure(EntityTypeBuilder<PersonRate> builder)
    {
        builder.ToTable("person_rates");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.PersonId, r.From }).IsUnique();
        builder.Property(r => r.RatePerHour).HasPrecision(18, 2);
        builder.Property(r => r.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
