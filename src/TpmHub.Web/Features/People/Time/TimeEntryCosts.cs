using TpmHub.Core.People;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.People.Time;

/// <summary>
/// Labour cost as queries other areas compose (earned value, the budget tab): each entry's hours × the rate in force on its
/// date (the person's rate with the latest start on or before it; <see cref="TimeEntryRules.RateOn"/>), in SQL.
/// </summary>
public static class TimeEntryCosts
{
    /// <summary>Each entry of the projects dated on or before <paramref name="upTo"/> with its cost.</summary>
    public static IQueryable<TimeEntryCost> Entries(TpmHubDbContext db, IReadOnlyCollection<Guid> projectIds, DateOnly upTo)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.TimeEntries.Where(t => projectIds.Contains(t.ProjectId) && t.Date <= upTo)
            .Select(t => new TimeEntryCost
            {
                ProjectId = t.ProjectId,
                Date = t.Date,
                Cost = t.Hours * (db.PersonRates.Where(r => r.PersonId == t.PersonId && r.From <= t.Date).OrderByDescending(r => r.From)
                    .Select(r => (decimal?)r.RatePerHour).FirstOrDefault() ?? 0m),
            });
    }
}

/// <summary>One entry's project, date and labour cost (a class so EF can keep composing the query).</summary>
public sealed class TimeEntryCost
{
    public Guid ProjectId { get; init; }

    public DateOnly Date { get; init; }

    public decimal Cost { get; init; }
}
