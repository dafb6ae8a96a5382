using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TpmHub.Core.Projects;

namespace TpmHub.Web.Features.Identity;

/// <summary>The three roles are reference data, so they live in a migration rather than in seeding code.</summary>
public sealed class IdentityRoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public static readonly IReadOnlyDictionary<string, string> RoleIds = new Dictionary<string, string>
    {
        [ProjectRole.Admin] = "6c0f5a52-8f2b-4a43-9d0e-1d7a3b6d0a01",
        [ProjectRole.TeamLead] = "6c0f5a52-8f2b-4a43-9d0e-1d7a3b6d0a02",
        [ProjectRole.Stakeholder] = "6c0f5a52-8f2b-4a43-9d0e-1d7a3b6d0a03",
    };

    public void Configure(EntityTypeBuilder<IdentityRole> builder)
    {
        builder.HasData(RoleIds.Select(kv => new IdentityRole
        {
            Id = kv.Value,
            Name = kv.Key,
            NormalizedName = kv.Key.ToUpperInvariant(),
            ConcurrencyStamp = kv.Value,
        }));
    }
}
