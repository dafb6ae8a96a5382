using Microsoft.EntityFrameworkCore;
using TpmHub.Core.People;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.People.Time;

/// <summary>
/// Labour cost as a query other areas compose (earned value, the budget tab), and the one place an entry is priced.
/// Each entry stores its cost (hours × the rate in force on its date, <see cref="TimeEntryRules.Cost"/>) when it is written;
/// a rate change re-prices the entries it governs (<see cref="RepriceAsync"/>), so a sum reads the stored costs from the
/// covering (project, date) index instead of joining every entry to the rate history (docs/benchmarks.md, "Labour cost in
/// earned value").
/// </summary>
public static class TimeEntryCosts
{
    /// <summary>Each entry's project, day and cost, for the projects' entries dated on or before <paramref name="upTo"/> (callers group and sum).</summary>
    public static IQueryable<TimeEntryCost> Entries(TpmHubDbContext db, IReadOnlyCollection<Guid> projectIds, DateOnly upTo)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(projectIds);
        var ids = projectIds.ToArray();
        return db.TimeEntries.AsNoTracking().Where(t => ids.Contains(t.ProjectId) && t.Date <= upTo)
            .Select(t => new TimeEntryCost { ProjectId = t.ProjectId, Date = t.Date, Cost = t.Cost });
    }

    /// <summary>
    /// The project's labour cost per calendar month up to <paramref name="upTo"/> (the budget tab). Summed per day in SQL and
    /// folded into months here: grouping on <c>date_part</c> of 100,000 entries made PostgreSQL pick a parallel plan that took
    /// 3–4 times as long on a busy two-core machine as the per-day sum (docs/benchmarks.md, "People, allocations and timesheets").
    /// </summary>
    public static async Task<List<(int Year, int Month, decimal Cost)>> ByMonthAsync(TpmHubDbContext db, Guid projectId, DateOnly upTo, CancellationToken ct)
    {
        var days = await Entries(db, [projectId], upTo).GroupBy(c => c.Date).Select(g => new { g.Key, Cost = g.Sum(c => c.Cost) }).ToListAsync(ct);
        return days.GroupBy(d => (d.Key.Year, d.Key.Month)).OrderBy(g => g.Key).Select(g => (g.Key.Year, g.Key.Month, g.Sum(d => d.Cost))).ToList();
    }

    /// <summary>
    /// Re-prices a person's entries dated on or after <paramref name="from"/> at <paramref name="ratePerHour"/>: called, in the
    /// same transaction, when their latest rate is replaced or a new one starts (rates only grow forward, so no later rate
    /// exists and every entry from that day is governed by it).
    /// </summary>
    public static Task<int> RepriceAsync(TpmHubDbContext db, Guid personId, DateOnly from, decimal ratePerHour, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.TimeEntries.Where(t => t.PersonId == personId && t.Date >= from)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.Cost, t => t.Hours * ratePerHour), ct);
    }
}

/// <summary>The labour cost of one entry: its project, day and hours × rate.</summary>
public sealed class TimeEntryCost
{
    public Guid ProjectId { get; init; }

    public DateOnly Date { get; init; }

    public decimal Cost { get; init; }
}
