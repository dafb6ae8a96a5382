using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using TpmHub.Core.Audit;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Data;

/// <summary>
/// Records every change to a project's data (who, when, which field from what to what) in the same save, for the
/// entities the areas describe (<see cref="AuditDescription"/>). Who comes from the scope's
/// <see cref="CurrentUserAccessor"/>, when from the injected clock.
/// </summary>
public sealed class AuditInterceptor(CurrentUserAccessor currentUser, TimeProvider time, IEnumerable<AuditDescription> descriptions) : SaveChangesInterceptor
{
    // Hashes of secrets (a share link's token and password) stay out of the trail too.
    private static readonly HashSet<string> NotAudited = ["Version", "CreatedAt", "UpdatedAt", "TokenHash", "PasswordHash"];

    private readonly Dictionary<Type, AuditDescription> _descriptions = descriptions.ToDictionary(d => d.EntityType);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            Record(context);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            Record(context);
        }

        return base.SavingChanges(eventData, result);
    }

    private void Record(DbContext context)
    {
        var user = currentUser.User;
        var now = time.GetUtcNow();
        var entries = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || !_descriptions.TryGetValue(entry.Metadata.ClrType, out var description))
            {
                continue;
            }

            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            var (projectId, entityId) = description.Describe(entry.Entity);
            entries.Add(new AuditEntry
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
                UserId = user?.UserId,
                UserName = user?.UserName ?? "system",
                At = now,
                Changes = changes,
            });
        }

        context.Set<AuditEntry>().AddRange(entries);
    }

    /// <summary>
    /// The audit entry of a row inserted without the change tracker (a bulk COPY), exactly as <see cref="Record"/> would
    /// have written it for a tracked insert.
    /// </summary>
    public static AuditEntry Inserted(IReadOnlyEntityType type, object entity, (Guid? ProjectId, string EntityId) described, CurrentUser? user, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(type);
        var changes = new List<AuditChange>();
        foreach (var property in type.GetProperties())
        {
            if (NotAudited.Contains(property.Name) || property.IsShadowProperty() || property.PropertyInfo is not { } info)
            {
                continue;
            }

            if (Format(info.GetValue(entity)) is { } value)
            {
                changes.Add(new AuditChange(char.ToLowerInvariant(property.Name[0]) + property.Name[1..], null, value));
            }
        }

        return new AuditEntry
        {
            ProjectId = described.ProjectId,
            EntityType = type.ClrType.Name,
            EntityId = described.EntityId,
            Action = "Insert",
            UserId = user?.UserId,
            UserName = user?.UserName ?? "system",
            At = at,
            Changes = changes,
        };
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
