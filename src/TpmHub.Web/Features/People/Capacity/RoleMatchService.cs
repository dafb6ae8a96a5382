using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.People;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.People.Capacity;

/// <summary>
/// Placeholders and the people who can fill them (<see cref="PlaceholderMatcher"/>): required skills and certifications
/// filter in the database, each candidate's weeks over the placeholder's dates come from the capacity engine, and the
/// matcher ranks those with room. A certification counts when it has not expired by the allocation's start (or today, if later).
/// </summary>
public sealed class RoleMatchService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Matches shown per open role in the portfolio list.</summary>
    public const int OpenRoleMatches = 5;

    /// <summary>Open roles listed at most.</summary>
    public const int MaxOpenRoles = 200;

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>The people who can fill the allocation's role on its dates, best first.</summary>
    public async Task<IReadOnlyList<PlaceholderMatch>> MatchesAsync(Allocation allocation, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await MatchesAsync(db, allocation, ct);
    }

    /// <summary>
    /// Placeholders still to fill whose dates overlap <paramref name="from"/>–<paramref name="to"/>, in the projects the
    /// caller sees (leads and admins), soonest first, each with its best <see cref="OpenRoleMatches"/> matches.
    /// </summary>
    public async Task<Result<IReadOnlyList<OpenRole>>> OpenRolesAsync(CurrentUser caller, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.CanWrite)
        {
            return Error.Forbidden("Capacity across the portfolio is for team leads and admins.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = ProjectGate.VisibleIds(db, caller);
        var open = await (from a in db.Allocations.AsNoTracking()
                          join p in db.Projects on a.ProjectId equals p.Id
                          where a.PersonId == null && visible.Contains(a.ProjectId) && a.To >= @from && a.From <= to && p.ArchivedAt == null
                          orderby a.From, p.Key
                          select new { Allocation = a, p.Key, p.Name }).Take(MaxOpenRoles).ToListAsync(ct);
        var roles = new List<OpenRole>(open.Count);
        foreach (var o in open)
        {
            var matches = await MatchesAsync(db, o.Allocation, ct);
            roles.Add(new OpenRole(o.Allocation.Id, o.Key, o.Name, o.Allocation.Role ?? "", o.Allocation.Percent, o.Allocation.From, o.Allocation.To,
                o.Allocation.Requirements, matches.Take(OpenRoleMatches).ToList()));
        }

        return roles;
    }

    private async Task<IReadOnlyList<PlaceholderMatch>> MatchesAsync(TpmHubDbContext db, Allocation allocation, CancellationToken ct)
    {
        var heldOn = allocation.From > Today ? allocation.From : Today;
        var people = db.People.AsNoTracking();
        foreach (var need in allocation.Requirements.Where(r => !r.Preferred))
        {
            if (need.Kind == RequirementKind.Skill)
            {
                people = CapacityService.WithSkill(db, people, need.Name, need.MinLevel ?? 1);
            }
            else
            {
                var code = need.Name.Trim().ToUpperInvariant();
                people = people.Where(p => db.PersonCredentials.Any(c => c.PersonId == p.Id && (c.ExpiresOn == null || c.ExpiresOn >= heldOn)
                    && db.Certifications.Any(k => k.Id == c.CertificationId && k.Code == code)));
            }
        }

        var first = TimeEntryRules.WeekOf(allocation.From);
        var weeks = (TimeEntryRules.WeekOf(allocation.To).DayNumber - first.DayNumber) / 7 + 1;
        var loaded = await CapacityService.LoadAsync(db, people, first, weeks, allocation.Id, ct);
        var ids = loaded.Select(l => l.Person.Id).ToList();
        var skills = (await db.PersonSkills.AsNoTracking().Where(s => ids.Contains(s.PersonId)).Select(s => new { s.PersonId, s.Name, s.Level }).ToListAsync(ct))
            .ToLookup(s => s.PersonId);
        var held = (await (from c in db.PersonCredentials.AsNoTracking()
                           join k in db.Certifications on c.CertificationId equals k.Id
                           where ids.Contains(c.PersonId) && (c.ExpiresOn == null || c.ExpiresOn >= heldOn)
                           select new { c.PersonId, k.Code }).ToListAsync(ct)).ToLookup(c => c.PersonId, c => c.Code.ToUpperInvariant());
        return PlaceholderMatcher.Rank(allocation.Requirements, allocation.Percent, loaded.Select(l => new MatchCandidate(l.Person.Id, l.Person.Name, l.Person.Title,
            l.Person.Team, skills[l.Person.Id].Select(s => (s.Name, s.Level)).ToList(), held[l.Person.Id].ToHashSet(), l.Weeks)));
    }
}
