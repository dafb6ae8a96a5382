using System.Globalization;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TpmHub.Core.Audit;
using TpmHub.Core.Projects;
using TpmHub.Core.Risks;
using TpmHub.Core.Work;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Data;

public sealed class TpmHubDbContext(DbContextOptions<TpmHubDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    private static readonly HashSet<string> NotAudited = ["Version", "CreatedAt", "UpdatedAt"];

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectMember> ProjectMembers => Set<ProjectMember>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<WorkItem> WorkItems => Set<WorkItem>();

    public DbSet<WorkItemSchedule> WorkItemSchedules => Set<WorkItemSchedule>();

    public DbSet<Dependency> Dependencies => Set<Dependency>();

    public DbSet<ProjectHoliday> ProjectHolidays => Set<ProjectHoliday>();

    public DbSet<WorkItemSequence> WorkItemSequences => Set<WorkItemSequence>();

    public DbSet<Baseline> Baselines => Set<Baseline>();

    public DbSet<BaselineItem> BaselineItems => Set<BaselineItem>();

    public DbSet<RaidEntry> RaidEntries => Set<RaidEntry>();

    public DbSet<RaidHistory> RaidHistory => Set<RaidHistory>();

    public DbSet<RaidEntryLink> RaidEntryLinks => Set<RaidEntryLink>();

    public DbSet<RaidSequence> RaidSequences => Set<RaidSequence>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Set by the service layer before saving so every audit entry names who made the change.</summary>
    public AuditActor Actor { get; set; } = AuditActor.System;

    /// <summary>"Now" for audit timestamps; the service layer passes its injected clock's time.</summary>
    public DateTimeOffset? Now { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TpmHubDbContext).Assembly);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var entries = CollectAudit();
        if (entries.Count > 0)
        {
            AuditEntries.AddRange(entries);
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private List<AuditEntry> CollectAudit()
    {
        var now = Now ?? DateTimeOffset.UtcNow;
        var result = new List<AuditEntry>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var (projectId, entityId) = entry.Entity switch
            {
                Project p => ((Guid?)p.Id, p.Key),
                ProjectMember m => (m.ProjectId, m.UserId),
                WorkItem w => (w.ProjectId, w.Key),
                Dependency d => (d.ProjectId, d.Id.ToString()),
                ProjectHoliday h => (h.ProjectId, h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Baseline b => (b.ProjectId, b.Name),
                RaidEntry r => (r.ProjectId, r.Key),
                _ => ((Guid?)null, (string?)null),
            };
            if (entityId is null)
            {
                continue;
            }

            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            result.Add(new AuditEntry
            {
                ProjectId = projectId,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = entityId,
                Action = entry.State switch
                {
                    EntityState.Added => "Insert",
                    EntityState.Deleted => "Delete",
                    _ => "Update",
                },
                UserId = Actor.UserId,
                UserName = Actor.UserName,
                At = now,
                Changes = changes,
            });
        }

        return result;
    }

    private static List<AuditChange> Changes(EntityEntry entry)
    {
        var changes = new List<AuditChange>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (NotAudited.Contains(name) || property.Metadata.IsShadowProperty())
            {
                continue;
            }

            var oldValue = entry.State == EntityState.Added ? null : Format(property.OriginalValue);
            var newValue = entry.State == EntityState.Deleted ? null : Format(property.CurrentValue);
            if (entry.State == EntityState.Modified && (!property.IsModified || oldValue == newValue))
            {
                continue;
            }

            if (oldValue is null && newValue is null)
            {
                continue;
            }

            changes.Add(new AuditChange(char.ToLowerInvariant(name[0]) + name[1..], oldValue, newValue));
        }

        return changes;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
