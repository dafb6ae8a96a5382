using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.People;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.People.Capacity;

/// <summary>
/// The portfolio's capacity per person per week (<see cref="CapacityEngine"/>): capacity less time off against project
/// allocations and the work assigned to the person's user (its most-likely estimate, else its duration, at 8 hours a
/// day, spread over its scheduled days). Leads and admins see it; it spans every project, like the people it lists.
/// </summary>
public sealed class CapacityService(IDbContextFactory<TpmHubDbContext> dbFactory)
{
    public const int MaxWeeks = 104;

    /// <summary>Hours a working day of assigned work is counted as.</summary>
    public const decimal HoursPerDay = 8m;

    public async Task<Result<IReadOnlyList<CapacityRow>>> WeeksAsync(CurrentUser caller, DateOnly from, DateOnly to, string? team, string? skill, int? minLevel,
        int? minFreePercent, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.CanWrite)
        {
            return Error.Forbidden("Capacity across the portfolio is for team leads and admins.");
        }

        var errors = new ValidationErrors();
        var first = TimeEntryRules.WeekOf(from);
        var weeks = (TimeEntryRules.WeekOf(to).DayNumber - first.DayNumber) / 7 + 1;
        if (to < from)
        {
            errors.Add("to", "to must be on or after from.");
        }
        else if (weeks > MaxWeeks)
        {
            errors.Add("to", $"The view covers at most {MaxWeeks} weeks; narrow from and to.");
        }

        if (minLevel is < 1 or > 5)
        {
            errors.Add("minLevel", "minLevel must be between 1 and 5.");
        }

        if (minFreePercent is < 0 or > 100)
        {
            errors.Add("minFree", "minFree must be between 0 and 100.");
        }

        InputLimits.Texts("team", [team, skill], errors);
        if (errors.Any)
        {
            return errors.ToError();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var people = db.People.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(team))
        {
            var t = team.Trim().ToLowerInvariant();
            people = people.Where(p => p.Team.ToLower() == t);
        }

        if (!string.IsNullOrWhiteSpace(skill))
        {
            people = WithSkill(db, people, skill, minLevel ?? 1);
        }

        var rows = new List<CapacityRow>();
        foreach (var (p, computed) in await LoadAsync(db, people, first, weeks, null, ct))
        {
            if (minFreePercent is { } free && !computed.All(w => w.CapacityHours > 0 && (w.CapacityHours - w.AllocatedHours - w.DemandHours) * 100m / w.CapacityHours >= free))
            {
                continue;
            }

            rows.Add(new CapacityRow(p.Id, p.Name, p.Title, p.Team, p.WeeklyCapacityHours, computed));
        }

        return rows;
    }

    /// <summary>People with the skill (any case) at <paramref name="minLevel"/> or above.</summary>
    internal static IQueryable<Person> WithSkill(TpmHubDbContext db, IQueryable<Person> people, string skill, int minLevel)
    {
        var s = skill.Trim().ToLowerInvariant();
        return people.Where(p => db.PersonSkills.Any(k => k.PersonId == p.Id && k.Name.ToLower() == s && k.Level >= minLevel));
    }

    /// <summary>
    /// The people's weeks from the Monday <paramref name="first"/> (<see cref="CapacityEngine"/>), by name, leaving out the
    /// allocation <paramref name="except"/> (the one being filled) from their load.
    /// </summary>
    internal static async Task<List<(CapacityPerson Person, IReadOnlyList<CapacityWeek> Weeks)>> LoadAsync(TpmHubDbContext db, IQueryable<Person> people,
        DateOnly first, int weeks, Guid? except, CancellationToken ct)
    {
        var last = first.AddDays(7 * weeks - 1);
        var persons = await people.OrderBy(p => p.Name)
            .Select(p => new CapacityPerson(p.Id, p.Name, p.Title, p.Team, p.WeeklyCapacityHours, p.UserId)).ToListAsync(ct);
        var ids = persons.Select(p => p.Id).ToList();
        var timeOff = (await db.PersonTimeOff.AsNoTracking().Where(t => ids.Contains(t.PersonId) && t.To >= first && t.From <= last)
            .Select(t => new { t.PersonId, t.From, t.To }).ToListAsync(ct)).ToLookup(t => t.PersonId);
        var allocations = (await db.Allocations.AsNoTracking()
                .Where(a => a.PersonId != null && ids.Contains(a.PersonId.Value) && a.To >= first && a.From <= last && a.Id != except)
                .Select(a => new { PersonId = a.PersonId!.Value, a.Percent, a.From, a.To }).ToListAsync(ct)).ToLookup(a => a.PersonId);
        var userIds = persons.Where(p => p.UserId != null).Select(p => p.UserId!).ToList();
        var demand = (await (from w in db.WorkItems.AsNoTracking()
                             join s in db.WorkItemSchedules on w.Id equals s.WorkItemId
                             where w.AssigneeId != null && userIds.Contains(w.AssigneeId) && w.Status != WorkItemStatus.Done && w.Type != WorkItemType.Milestone
                                   && w.Type != WorkItemType.Epic && s.EarlyFinish >= first && s.EarlyStart <= last
                             select new { w.AssigneeId, Days = w.MostLikely ?? w.DurationDays, s.EarlyStart, s.EarlyFinish }).ToListAsync(ct))
            .ToLookup(d => d.AssigneeId);

        return persons.Select(p => (p, CapacityEngine.Weeks(new CapacityInput(p.WeeklyCapacityHours,
            timeOff[p.Id].Select(t => (t.From, t.To)).ToList(),
            allocations[p.Id].Select(a => (a.Percent, a.From, a.To)).ToList(),
            p.UserId is null ? [] : demand[p.UserId].Select(d => (d.Days * HoursPerDay, d.EarlyStart, d.EarlyFinish)).ToList()), first, weeks))).ToList();
    }
}

/// <summary>Who a capacity row is about.</summary>
internal sealed record CapacityPerson(Guid Id, string Name, string Title, string Team, decimal WeeklyCapacityHours, string? UserId);
