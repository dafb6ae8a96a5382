using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.People;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.People.Time;

/// <summary>
/// Time logged on a project: entries (person, day, hours, optional work item, note), weekly timesheets, and a lead's
/// approval of a person's week, after which its entries are locked. Each entry's cost is hours × the person's rate on
/// the day; the person must have a rate in the project's currency by then, so every hour has a cost.
/// </summary>
public sealed class TimeEntryService(IDbContextFactory<TpmHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>At most this many entries per list answer.</summary>
    public const int MaxList = 5000;

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public async Task<Result<IReadOnlyList<TimeEntryRow>>> ListAsync(ProjectAccess project, DateOnly? from, DateOnly? to, Guid? personId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.TimeEntries.AsNoTracking().Where(t => t.ProjectId == project.Id);
        if (from is { } f)
        {
            query = query.Where(t => t.Date >= f);
        }

        if (to is { } last)
        {
            query = query.Where(t => t.Date <= last);
        }

        if (personId is { } p)
        {
            query = query.Where(t => t.PersonId == p);
        }

        var rows = await Rows(db, query.OrderByDescending(t => t.Date).Take(MaxList)).ToListAsync(ct);
        return rows.OrderByDescending(r => r.Date).ThenBy(r => r.PersonName, StringComparer.CurrentCulture).ToList();
    }

    public async Task<Result<TimeEntryRow>> GetAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await Rows(db, db.TimeEntries.AsNoTracking().Where(t => t.Id == id && t.ProjectId == project.Id)).SingleOrDefaultAsync(ct);
        return row is null ? NotFound(id) : row;
    }

    public async Task<Result<TimeEntryRow>> CreateAsync(ProjectAccess project, TimeEntryRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var checkedRequest = await CheckAsync(db, project, request, null, requireVersion: false, ct);
        if (!checkedRequest.IsSuccess)
        {
            return checkedRequest.Error!;
        }

        var (date, hours, workItemId, cost) = checkedRequest.Value;
        var now = time.GetUtcNow();
        var entry = new TimeEntry
        {
            Id = Guid.CreateVersion7(), ProjectId = project.Id, PersonId = request.PersonId!.Value, WorkItemId = workItemId, Date = date, Hours = hours, Cost = cost,
            Note = request.Note?.Trim() ?? "", CreatedAt = now, UpdatedAt = now,
        };
        db.TimeEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return await GetAsync(project, entry.Id, ct);
    }

    public async Task<Result<TimeEntryRow>> UpdateAsync(ProjectAccess project, Guid id, TimeEntryRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entry = await db.TimeEntries.SingleOrDefaultAsync(t => t.Id == id && t.ProjectId == project.Id, ct);
        if (entry is null)
        {
            return NotFound(id);
        }

        var checkedRequest = await CheckAsync(db, project, request, entry.Id, requireVersion: true, ct);
        if (!checkedRequest.IsSuccess)
        {
            return checkedRequest.Error!;
        }

        if (entry.ApprovedAt is not null)
        {
            return Error.Conflict($"The week of {TimeEntryRules.WeekOf(entry.Date):yyyy-MM-dd} is approved; its entries are locked.", (await GetAsync(project, id, ct)).Value);
        }

        if (entry.Version != request.Version!.Value)
        {
            return Error.Conflict("Someone else changed this entry after you loaded it. Reload to see their changes.", (await GetAsync(project, id, ct)).Value);
        }

        var (date, hours, workItemId, cost) = checkedRequest.Value;
        (entry.PersonId, entry.Date, entry.Hours, entry.WorkItemId, entry.Cost) = (request.PersonId!.Value, date, hours, workItemId, cost);
        (entry.Note, entry.UpdatedAt) = (request.Note?.Trim() ?? "", time.GetUtcNow());
        db.Entry(entry).Property(t => t.Version).OriginalValue = request.Version.Value;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("Someone else changed this entry after you loaded it. Reload to see their changes.", (await GetAsync(project, id, ct)).Value);
        }

        return await GetAsync(project, id, ct);
    }

    public async Task<Result<bool>> DeleteAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entry = await db.TimeEntries.SingleOrDefaultAsync(t => t.Id == id && t.ProjectId == project.Id, ct);
        if (entry is null)
        {
            return NotFound(id);
        }

        if (entry.ApprovedAt is not null)
        {
            return Error.Conflict($"The week of {TimeEntryRules.WeekOf(entry.Date):yyyy-MM-dd} is approved; its entries are locked.");
        }

        db.TimeEntries.Remove(entry);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>A person's week on the project: a row per work item (and one for time on no item), Monday to Sunday.</summary>
    public async Task<Result<Timesheet>> TimesheetAsync(ProjectAccess project, Guid personId, DateOnly anyDayOfWeek, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync(ct);
        if (person is null)
        {
            return Error.Invalid("personId", $"No person {personId}.");
        }

        var week = TimeEntryRules.WeekOf(anyDayOfWeek);
        var days = Enumerable.Range(0, 7).Select(week.AddDays).ToList();
        var entries = await Rows(db, db.TimeEntries.AsNoTracking().Where(t => t.ProjectId == project.Id && t.PersonId == personId && t.Date >= week && t.Date <= days[6]))
            .ToListAsync(ct);
        var rows = entries.GroupBy(e => (e.WorkItem, e.WorkItemTitle))
            .OrderBy(g => g.Key.WorkItem is null ? 1 : 0).ThenBy(g => g.Key.WorkItem, StringComparer.Ordinal)
            .Select(g =>
            {
                var hours = days.Select(d => g.Where(e => e.Date == d).Sum(e => e.Hours)).ToList();
                return new TimesheetRow(g.Key.WorkItem, g.Key.WorkItemTitle ?? "No work item", hours, hours.Sum());
            }).ToList();
        var totals = days.Select(d => entries.Where(e => e.Date == d).Sum(e => e.Hours)).ToList();
        return new Timesheet(person.Id, person.Name, week, days, rows, totals, totals.Sum(), decimal.Round(entries.Sum(e => e.Cost), 2),
            entries.Count > 0 && entries.All(e => e.Approved), entries.Count > 0);
    }

    /// <summary>Approves a person's week on the project: its entries are locked. Approving a week with no entries is refused.</summary>
    public async Task<Result<Timesheet>> ApproveAsync(ProjectAccess project, Guid personId, TimesheetApproval approval, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(approval);
        var errors = new ValidationErrors();
        var day = InputLimits.Text("week", approval.Week, errors) ? RequestParsing.Date(approval.Week, "week", errors) : null;
        if (day is null && !errors.Has("week"))
        {
            errors.Add("week", "Give the week (its Monday, yyyy-MM-dd).");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var week = TimeEntryRules.WeekOf(day!.Value);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inWeek = db.TimeEntries.Where(t => t.ProjectId == project.Id && t.PersonId == personId && t.Date >= week && t.Date <= week.AddDays(6));
        if (!await inWeek.AnyAsync(ct))
        {
            return Error.Invalid("week", $"There is no time to approve in the week of {week:yyyy-MM-dd}.");
        }

        var now = time.GetUtcNow();
        await inWeek.Where(t => t.ApprovedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.ApprovedAt, now).SetProperty(t => t.ApprovedBy, project.User.UserName), ct);
        return await TimesheetAsync(project, personId, week, ct);
    }

    /// <summary>The people who can log time here: those with a rate in the project's currency, by name.</summary>
    public async Task<IReadOnlyList<TimePersonOption>> PeopleAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.People.AsNoTracking().Where(p => db.PersonRates.Any(r => r.PersonId == p.Id && r.Currency == project.Currency))
            .OrderBy(p => p.Name).Select(p => new TimePersonOption(p.Id, p.Name, p.Title)).ToListAsync(ct);
    }

    /// <summary>
    /// Checks a request against the rules, the person's rates, the day's other hours and the project's work items; prices it
    /// (hours × the rate on the day, <see cref="TimeEntryRules.Cost"/>).
    /// </summary>
    private async Task<Result<(DateOnly Date, decimal Hours, Guid? WorkItemId, decimal Cost)>> CheckAsync(TpmHubDbContext db, ProjectAccess project, TimeEntryRequest request,
        Guid? self, bool requireVersion, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        DateOnly? date = null;
        if (InputLimits.Text("date", request.Date, errors) && !string.IsNullOrEmpty(request.Date))
        {
            date = RequestParsing.Date(request.Date, "date", errors);
        }

        foreach (var (field, messages) in TimeEntryRules.Validate(date ?? (errors.Has("date") ? project.StartDate : null), request.Hours, request.Note, project.StartDate, Today)
                     .ToDictionary().Where(f => !errors.Has(f.Key)))
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        InputLimits.Text("workItem", request.WorkItem, errors);
        if (requireVersion && request.Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        if (request.PersonId is null)
        {
            errors.Add("personId", "Say who worked (personId).");
        }

        Guid? workItemId = null;
        var cost = 0m;
        if (!string.IsNullOrWhiteSpace(request.WorkItem) && !errors.Has("workItem"))
        {
            var key = request.WorkItem.Trim().ToUpperInvariant();
            workItemId = await db.WorkItems.Where(w => w.ProjectId == project.Id && w.Key == key).Select(w => (Guid?)w.Id).SingleOrDefaultAsync(ct);
            if (workItemId is null)
            {
                errors.Add("workItem", $"No work item {key} in project {project.Key}.");
            }
        }

        if (request.PersonId is { } personId && date is { } day && !errors.Has("date") && !errors.Has("hours"))
        {
            var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.Name).SingleOrDefaultAsync(ct);
            if (person is null)
            {
                errors.Add("personId", $"No person {personId}.");
            }
            else
            {
                var rates = await db.PersonRates.AsNoTracking().Where(r => r.PersonId == personId).ToListAsync(ct);
                var rate = TimeEntryRules.RateOn(rates, day);
                cost = TimeEntryRules.Cost(request.Hours!.Value, rates, day);
                if (rate is null)
                {
                    errors.Add("personId", $"{person} has no cost rate on {day:yyyy-MM-dd}; give them one from that day or earlier first.");
                }
                else if (rate.Currency != project.Currency)
                {
                    errors.Add("personId", $"{person}'s rate on {day:yyyy-MM-dd} is in {rate.Currency}; {project.Key} keeps its books in {project.Currency}.");
                }

                var already = await db.TimeEntries.Where(t => t.PersonId == personId && t.Date == day && t.Id != self).SumAsync(t => (decimal?)t.Hours, ct) ?? 0m;
                if (TimeEntryRules.DayTotalProblem(day, already, request.Hours!.Value) is { } problem)
                {
                    errors.Add("hours", problem);
                }
            }
        }

        return errors.Any ? errors.ToError() : (date!.Value, request.Hours!.Value, workItemId, cost);
    }

    private static IQueryable<TimeEntryRow> Rows(TpmHubDbContext db, IQueryable<TimeEntry> entries) =>
        from t in entries
        join p in db.People on t.PersonId equals p.Id
        join w in db.WorkItems on t.WorkItemId equals w.Id into wj
        from w in wj.DefaultIfEmpty()
        select new TimeEntryRow(t.Id, t.PersonId, p.Name, t.Date, t.Hours, w == null ? null : w.Key, w == null ? null : w.Title, t.Note,
            t.Cost, t.ApprovedAt != null, t.Version);

    private static Error NotFound(Guid id) => AccessRefusals.NotFound("Time entry", id.ToString());
}
