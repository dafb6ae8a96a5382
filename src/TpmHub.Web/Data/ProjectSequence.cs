using Microsoft.EntityFrameworkCore;

namespace TpmHub.Web.Data;

/// <summary>
/// Per-project numbers for keys (<c>CLD-42</c>, <c>CLD-R7</c>) from a sequence table of one row per project
/// (<c>project_id</c>, <c>next_number</c>), mapped as <typeparamref name="TSequence"/>. Taking a number locks the row
/// until the caller's transaction ends, so parallel creations get distinct numbers and gaps are never reused.
/// </summary>
public static class ProjectSequence<TSequence>
    where TSequence : class
{
    /// <summary>Creates the project's row when missing and locks it for the rest of the transaction.</summary>
    public static async Task LockAsync(TpmHubDbContext db, Guid projectId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await EnsureRowAsync(db, projectId, ct);
        var select = "SELECT 1 FROM " + Table(db) + " WHERE project_id = {0} FOR UPDATE";
        await db.Database.ExecuteSqlRawAsync(select, [projectId], ct);
    }

    /// <summary>The project's next number (inside the caller's transaction).</summary>
    public static async Task<int> NextAsync(TpmHubDbContext db, Guid projectId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await EnsureRowAsync(db, projectId, ct);
        var update = "UPDATE " + Table(db) + " SET next_number = next_number + 1 WHERE project_id = {0} RETURNING next_number - 1 AS \"Value\"";
        return (await db.Database.SqlQueryRaw<int>(update, projectId).ToListAsync(ct)).Single();
    }

    private static async Task EnsureRowAsync(TpmHubDbContext db, Guid projectId, CancellationToken ct)
    {
        var insert = "INSERT INTO " + Table(db) + " (project_id, next_number) VALUES ({0}, 1) ON CONFLICT (project_id) DO NOTHING";
        await db.Database.ExecuteSqlRawAsync(insert, [projectId], ct);
    }

    // The table name comes from the model, never from input.
    private static string Table(TpmHubDbContext db) =>
        db.Model.FindEntityType(typeof(TSequence))?.GetTableName()
        ?? throw new InvalidOperationException($"{typeof(TSequence).Name} is not mapped.");
}
