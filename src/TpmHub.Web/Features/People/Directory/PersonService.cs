using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.People;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.People.Time;

namespace TpmHub.Web.Features.People.Directory;

/// <summary>
/// The portfolio's people (not per project): their details, skills, rate history and time off. Admins and team leads
/// manage them; stakeholders read names, titles and teams only (docs/decisions/0013-people-and-certifications.md). People
/// are not in a project, so the caller's role is checked here, as <c>UserService</c> does for users.
/// </summary>
public sealed class PersonService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    public const string WritersOnly = "Only admins and team leads manage people.";
    public const string NamesOnly = "Stakeholders see people's names, titles and teams only.";

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<Result<PagedResult<PersonRow>>> ListAsync(CurrentUser caller, PersonQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        if (!caller.CanWrite && (query.Skill is not null || query.MinLevel is not null))
        {
            return Error.Forbidden(NamesOnly + " Filtering by skill is for admins and team leads.");
        }

        if (query.MinLevel is not null and not (>= PersonRules.MinSkillLevel and <= PersonRules.MaxSkillLevel))
        {
            return Error.Invalid("minLevel", "minLevel is from 1 to 5.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var people = db.People.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Team))
        {
            var team = query.Team.Trim().Replace("\0", "", StringComparison.Ordinal);
            people = people.Where(p => p.Team == team);
        }

        if (!string.IsNullOrWhiteSpace(query.Skill) || query.MinLevel is not null)
        {
            var min = query.MinLevel ?? PersonRules.MinSkillLevel;
            var skill = query.Skill?.Trim().Replace("\0", "", StringComparison.Ordinal).ToLowerInvariant();
            people = people.Where(p => db.PersonSkills.Any(s => s.PersonId == p.Id && s.Level >= min && (skill == null || skill == "" || s.Name.ToLower() == skill)));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = RequestParsing.ContainsPattern(query.Search);
            people = caller.CanWrite
                ? people.Where(p => EF.Functions.ILike(p.Name, pattern) || EF.Functions.ILike(p.Title, pattern) || EF.Functions.ILike(p.Email ?? "", pattern))
                : people.Where(p => EF.Functions.ILike(p.Name, pattern) || EF.Functions.ILike(p.Title, pattern));
        }

        var total = await people.CountAsync(ct);
        var page = await people.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(ct);
        return new PagedResult<PersonRow>(await RowsAsync(db, caller, page, ct), total);
    }

    public async Task<Result<PersonRow>> GetAsync(CurrentUser caller, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return person is null ? NotFound(id) : (await RowsAsync(db, caller, [person], ct))[0];
    }

    /// <summary>The teams in use, for the filter.</summary>
    public async Task<IReadOnlyList<string>> TeamsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.People.AsNoTracking().Where(p => p.Team != "").Select(p => p.Team).Distinct().OrderBy(t => t).ToListAsync(ct);
    }

    /// <summary>The skill names in use, for the filter and the skills editor.</summary>
    public async Task<IReadOnlyList<string>> SkillNamesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.PersonSkills.AsNoTracking().Select(s => s.Name).Distinct().OrderBy(n => n).ToListAsync(ct);
    }

    public async Task<Result<PersonRow>> CreateAsync(CurrentUser caller, PersonRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        if (!caller.CanWrite)
        {
            return Error.Forbidden(WritersOnly);
        }

        var draft = request.ToDraft(requireVersion: false);
        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await UserProblemAsync(db, draft.Value!.UserId, null, ct) is { } problem)
        {
            return problem;
        }

        var now = time.GetUtcNow();
        var person = new Person { Id = Guid.CreateVersion7(), CreatedAt = now };
        Apply(person, draft.Value, now);
        db.People.Add(person);
        db.PersonRates.Add(new PersonRate
        {
            Id = Guid.CreateVersion7(), PersonId = person.Id, RatePerHour = draft.Value.CostRate, Currency = draft.Value.CostCurrency,
            From = draft.Value.CostRateFrom ?? Today,
        });
        ReplaceSkills(db, person.Id, [], draft.Value.Skills ?? []);
        ReplaceTimeOff(db, person.Id, [], draft.Value.TimeOff ?? []);
        await db.SaveChangesAsync(ct);
        return await GetAsync(caller, person.Id, ct);
    }

    /// <summary>
    /// Replaces a person. A rate or currency different from the latest rate adds a rate row from <c>costRateFrom</c>
    /// (today when absent), on or after the latest rate's date (the same date replaces that row), so hours already booked
    /// keep the rate they were worked at.
    /// </summary>
    public async Task<Result<PersonRow>> UpdateAsync(CurrentUser caller, Guid id, PersonRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        if (!caller.CanWrite)
        {
            return Error.Forbidden(WritersOnly);
        }

        var draft = request.ToDraft(requireVersion: true);
        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return NotFound(id);
        }

        if (await UserProblemAsync(db, draft.Value!.UserId, person.Id, ct) is { } problem)
        {
            return problem;
        }

        var rates = await db.PersonRates.Where(r => r.PersonId == id).OrderBy(r => r.From).ToListAsync(ct);
        var latest = rates.LastOrDefault();
        DateOnly? repriceFrom = null;
        if (latest is null || latest.RatePerHour != draft.Value.CostRate || latest.Currency != draft.Value.CostCurrency)
        {
            var from = draft.Value.CostRateFrom ?? Today;
            repriceFrom = from;
            if (latest is not null && from < latest.From)
            {
                return Error.Invalid("costRateFrom",
                    $"A new rate applies from {latest.From:yyyy-MM-dd} or later (the latest rate's date): the history only grows forward, so booked hours keep their rate.");
            }

            if (latest is not null && from == latest.From)
            {
                (latest.RatePerHour, latest.Currency) = (draft.Value.CostRate, draft.Value.CostCurrency);
            }
            else
            {
                db.PersonRates.Add(new PersonRate
                {
                    Id = Guid.CreateVersion7(), PersonId = id, RatePerHour = draft.Value.CostRate, Currency = draft.Value.CostCurrency, From = from,
                });
            }
        }

        if (person.Version != request.Version!.Value)
        {
            return await ConflictAsync(caller, person, ct);
        }

        Apply(person, draft.Value, time.GetUtcNow());
        if (draft.Value.Skills is { } skills)
        {
            ReplaceSkills(db, id, await db.PersonSkills.Where(s => s.PersonId == id).ToListAsync(ct), skills);
        }

        if (draft.Value.TimeOff is { } timeOff)
        {
            ReplaceTimeOff(db, id, await db.PersonTimeOff.Where(t => t.PersonId == id).ToListAsync(ct), timeOff);
        }

        // Marked modified so the version moves even when only the lists changed, and a concurrent edit is caught.
        db.Entry(person).State = EntityState.Modified;
        db.Entry(person).Property(p => p.Version).OriginalValue = request.Version.Value;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(caller, person, ct);
        }

        if (repriceFrom is { } since)
        {
            // The hours this rate now governs (every entry from its first day: no later rate exists) take its price.
            await TimeEntryCosts.RepriceAsync(db, id, since, draft.Value.CostRate, ct);
        }

        await tx.CommitAsync(ct);
        return await GetAsync(caller, id, ct);
    }

    /// <summary>Deletes a person with their skills, rates, time off and credentials; refused (409) while time entries name them.</summary>
    public async Task<Result<bool>> DeleteAsync(CurrentUser caller, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.CanWrite)
        {
            return Error.Forbidden(WritersOnly);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return NotFound(id);
        }

        var entries = await db.TimeEntries.CountAsync(t => t.PersonId == id, ct);
        if (entries > 0)
        {
            return Error.Conflict($"{person.Name} cannot be deleted: {entries} time {(entries == 1 ? "entry is" : "entries are")} booked to them, " +
                "and booked hours are cost already incurred. Delete or move the time entries first.", (await GetAsync(caller, id, ct)).Value);
        }

        db.People.Remove(person);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Time booked between the check and the delete: the foreign key refuses, and so do we.
            return Error.Conflict($"{person.Name} cannot be deleted: time was booked to them just now.");
        }

        return true;
    }

    private async Task<Error> ConflictAsync(CurrentUser caller, Person person, CancellationToken ct) =>
        Error.Conflict($"Someone else changed {person.Name} after you loaded them. Reload to see their changes.", (await GetAsync(caller, person.Id, ct)).Value);

    /// <summary>A linked user must exist and be no other person's.</summary>
    private static async Task<Error?> UserProblemAsync(TpmHubDbContext db, string? userId, Guid? self, CancellationToken ct)
    {
        if (userId is null)
        {
            return null;
        }

        if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return Error.Invalid("userId", $"There is no user {userId}.");
        }

        var other = await db.People.AsNoTracking().Where(p => p.UserId == userId && p.Id != self).Select(p => p.Name).FirstOrDefaultAsync(ct);
        return other is null ? null : Error.Invalid("userId", $"That user is already linked to {other}; a user is at most one person.");
    }

    private static void Apply(Person p, PersonDraft d, DateTimeOffset now)
    {
        (p.Name, p.Email, p.UserId, p.Title, p.Team, p.Location) = (d.Name, d.Email, d.UserId, d.Title, d.Team, d.Location);
        (p.WeeklyCapacityHours, p.UpdatedAt) = (d.WeeklyCapacityHours, now);
    }

    private static void ReplaceSkills(TpmHubDbContext db, Guid personId, List<PersonSkill> existing, IReadOnlyList<(string Name, int Level)> wanted)
    {
        foreach (var old in existing)
        {
            var match = wanted.FirstOrDefault(w => w.Name == old.Name);
            if (match.Name is null)
            {
                db.PersonSkills.Remove(old);
            }
            else
            {
                old.Level = match.Level;
            }
        }

        db.PersonSkills.AddRange(wanted.Where(w => existing.All(e => e.Name != w.Name))
            .Select(w => new PersonSkill { PersonId = personId, Name = w.Name, Level = w.Level }));
    }

    private static void ReplaceTimeOff(TpmHubDbContext db, Guid personId, List<PersonTimeOff> existing, IReadOnlyList<(DateOnly From, DateOnly To, TimeOffKind Kind)> wanted)
    {
        db.PersonTimeOff.RemoveRange(existing.Where(e => !wanted.Any(w => w.From == e.From && w.To == e.To && w.Kind == e.Kind)));
        db.PersonTimeOff.AddRange(wanted.Distinct().Where(w => !existing.Any(e => w.From == e.From && w.To == e.To && w.Kind == e.Kind))
            .Select(w => new PersonTimeOff { Id = Guid.CreateVersion7(), PersonId = personId, From = w.From, To = w.To, Kind = w.Kind }));
    }

    private async Task<IReadOnlyList<PersonRow>> RowsAsync(TpmHubDbContext db, CurrentUser caller, IReadOnlyList<Person> people, CancellationToken ct)
    {
        if (!caller.CanWrite)
        {
            return people.Select(p => new PersonRow(p.Id, p.Name, p.Title, p.Team, true, null, null, null, null, null, null, null, null, null, null, p.Version)).ToList();
        }

        var ids = people.Select(p => p.Id).ToList();
        var rates = await db.PersonRates.AsNoTracking().Where(r => ids.Contains(r.PersonId)).OrderBy(r => r.From).ToListAsync(ct);
        var skills = await db.PersonSkills.AsNoTracking().Where(s => ids.Contains(s.PersonId)).OrderByDescending(s => s.Level).ThenBy(s => s.Name).ToListAsync(ct);
        var timeOff = await db.PersonTimeOff.AsNoTracking().Where(t => ids.Contains(t.PersonId)).OrderBy(t => t.From).ToListAsync(ct);
        var userIds = people.Where(p => p.UserId != null).Select(p => p.UserId!).ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var today = Today;
        return people.Select(p =>
        {
            var own = rates.Where(r => r.PersonId == p.Id).ToList();
            var current = PersonRules.RateOn(own, today) ?? own.FirstOrDefault();
            return new PersonRow(p.Id, p.Name, p.Title, p.Team, false, p.Email, p.UserId, p.UserId is { } u ? users.GetValueOrDefault(u) : null, p.Location,
                p.WeeklyCapacityHours, current?.RatePerHour, current?.Currency?.Trim(), own.Select(r => new PersonRateRow(r.RatePerHour, r.Currency.Trim(), r.From)).ToList(),
                skills.Where(s => s.PersonId == p.Id).Select(s => new PersonSkillRow(s.Name, s.Level)).ToList(),
                timeOff.Where(t => t.PersonId == p.Id).Select(t => new PersonTimeOffRow(t.From, t.To, t.Kind)).ToList(), p.Version);
        }).ToList();
    }

    private static Error NotFound(Guid id) => AccessRefusals.NotFound("Person", id.ToString());
}
