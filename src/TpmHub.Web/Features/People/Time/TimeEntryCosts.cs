using Microsoft.EntityFrameworkCore;
using TpmHub.Core.People;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.People.Time;

/// <summary>
/// Labour cost as a query other areas compose (earned value, the budget tab): per project and day, the sum of each
/// entry's hours × the rate in force on its date (<see cref="TimeEntryRules.RateOn"/>). The rates become intervals
/// [from, next from) with a window function and are joined to the entries once — a correlated lookup per entry cost
/// about 300 ms on 100,000 entries (docs/benchmarks.md).
/// </summary>
public static class TimeEntryCosts
{
    /// <summary>Cost per project and day, for the projects' entries dated on or before <paramref name="upTo"/>.</summary>
    public static IQueryable<TimeEntryCost> Entries(TpmHubDbContext db, IReadOnlyCollection<Guid> projectIds, DateOnly upTo)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(projectIds);
        var ids = projectIds.ToArray();
        return db.Database.SqlQuery<TimeEntryCost>($"""
            WITH rates AS (
                SELECT person_id, rate_per_hour, "from" AS since, lead("from") OVER (PARTITION BY person_id ORDER BY "from") AS until
                FROM person_rates)
            SELECT t.project_id AS project_id, t.date AS date, sum(t.hours * r.rate_per_hour) AS cost
            FROM time_entries t
            JOIN rates r ON r.person_id = t.person_id AND t.date >= r.since AND (r.until IS NULL OR t.date < r.until)
            WHERE t.project_id = ANY({ids}) AND t.date <= {upTo}
            GROUP BY t.project_id, t.date
            """);
    }
}

/// <summary>One project's labour cost on one day.</summary>
public sealed class TimeEntryCost
{
    public Guid ProjectId { get; init; }

    public DateOnly Date { get; init; }

    public decimal Cost { get; init; }
}
