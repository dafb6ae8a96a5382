using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.People;

namespace TpmHub.Web.Features.People;

public sealed class PersonSkillConfiguration : IEntityTypeConfiguration<PersonSkill>
{
    public void Configure(EntityTypeBuilder<PersonSkill> builder)
    {
        builder.ToTable("person_skills");
        builder.HasKey(s => new { s.PersonId, s.Name });
        builder.HasIndex(s => new { s.Name, s.Level });
        builder.Property(s => s.Name).HasMaxLength(80);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
