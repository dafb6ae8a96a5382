using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Raci;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Raci;

/// <summary>
/// A project's RACI matrix: rows are its epics and milestones, columns its members and stakeholders. A row is written
/// whole (the API's PUT) or one cell at a time (the page's click), under a lock on the work item, so two writers of one
/// row take turns and a click never undoes a change it did not see.
/// </summary>
public sealed class RaciService(IDbContextFactory<TpmHubDbContext> dbFactory)
{
    public async Task<Result<RaciMatrix>> GetAsync(ProjectAccess project, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var items = await (
            from w in db.WorkItems.AsNoTracking()
            where w.ProjectId == project.Id && (w.Type == WorkItemType.Epic || w.Type == WorkItemType.Milestone)
            join s in db.WorkItemSchedules on w.Id equals s.WorkItemId into sj
            from s in sj.DefaultIfEmpty()
            orderby s == null ? int.MaxValue : s.EarlyStartOffset, s == null ? 0 : s.EarlyFinishOffset, w.Number
            select new Item(w.Id, w.Key, w.Title, w.Type)).ToListAsync(ct);
        var columns = await ColumnsAsync(db, project.Id, ct);
        var cells = (await db.RaciCells.AsNoTracking().Where(c => c.ProjectId == project.Id).ToListAsync(ct)).ToLookup(c => c.WorkItemId);
        return new RaciMatrix(items.Select(i => Row(i, cells[i.Id], columns)).ToList(), columns.Select(c => c.Header).ToList());
    }

    /// <summary>Replaces the row of an epic or milestone with <paramref name="request"/>'s cells; a row may break the RACI rule.</summary>
    public Task<Result<RaciRow>> ReplaceRowAsync(ProjectAccess project, string itemKey, RaciRowRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteAsync(project, itemKey, _ => request.Cells?.Select(c => c?.ToInput()).ToList(), ct);
    }

    /// <summary>Sets one person's role in one row (null empties the cell), keeping the rest of the row as it is now.</summary>
    public Task<Result<RaciRow>> SetCellAsync(ProjectAccess project, string itemKey, RaciPerson person, RaciRole? role, CancellationToken ct = default) =>
        WriteAsync(project, itemKey, current =>
        {
            var cells = current.Where(c => new RaciPerson(c.MemberUserId, c.StakeholderId) != person)
                .Select(c => (RaciCellInput?)new RaciCellInput(c.MemberUserId, c.StakeholderId?.ToString(), RaciRules.Letter(c.Role))).ToList();
            if (role is { } r)
            {
                cells.Add(new RaciCellInput(person.MemberUserId, person.StakeholderId?.ToString(), RaciRules.Letter(r)));
            }

            return cells;
        }, ct);

    private async Task<Result<RaciRow>> WriteAsync(ProjectAccess project, string itemKey, Func<IReadOnlyList<RaciCell>, IReadOnlyList<RaciCellInput?>?> cellsOf,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var item = await db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id && w.Key == itemKey)
            .Select(w => new Item(w.Id, w.Key, w.Title, w.Type)).SingleOrDefaultAsync(ct);
        if (item is null)
        {
            return AccessRefusals.NotFound("Work item", itemKey);
        }

        if (item.Type is not (WorkItemType.Epic or WorkItemType.Milestone))
        {
            return Error.Invalid("itemKey",
                $"{item.Key} is a {item.Type.ToString().ToLowerInvariant()}; the RACI matrix has rows for epics and milestones only.");
        }

        // Writers of one row take turns: the second reads the row as the first left it.
        await db.Database.ExecuteSqlRawAsync("SELECT 1 FROM work_items WHERE id = {0} FOR UPDATE", [item.Id], ct);
        var existing = await db.RaciCells.Where(c => c.WorkItemId == item.Id).ToListAsync(ct);
        var columns = await ColumnsAsync(db, project.Id, ct);
        var people = new RaciPeople(
            columns.Where(c => c.MemberUserId is not null).Select(c => c.MemberUserId!).ToHashSet(StringComparer.Ordinal),
            columns.Where(c => c.StakeholderId is not null).ToDictionary(c => c.StakeholderId!.Value, c => c.StakeholderUserId));
        var checkedCells = RaciRules.Validate(cellsOf(existing), people);
        if (!checkedCells.IsSuccess)
        {
            return checkedCells.Error!;
        }

        var names = columns.ToDictionary(c => c.Person, c => c.Name);
        var wanted = checkedCells.Value!.ToDictionary(a => a.Person, a => a.Role);
        foreach (var cell in existing)
        {
            var person = new RaciPerson(cell.MemberUserId, cell.StakeholderId);
            cell.AuditName = AuditName(item, names.GetValueOrDefault(person, "someone"));
            if (!wanted.Remove(person, out var role))
            {
                db.RaciCells.Remove(cell);
            }
            else
            {
                cell.Role = role;
            }
        }

        foreach (var (person, role) in wanted)
        {
            db.RaciCells.Add(new RaciCell
            {
                Id = Guid.CreateVersion7(), ProjectId = project.Id, WorkItemId = item.Id, MemberUserId = person.MemberUserId,
                StakeholderId = person.StakeholderId, Role = role, AuditName = AuditName(item, names[person]),
            });
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var saved = await db.RaciCells.AsNoTracking().Where(c => c.WorkItemId == item.Id).ToListAsync(ct);
        return Row(item, saved, columns);
    }

    /// <summary>Members by name, then stakeholders as the register lists them (most powerful first).</summary>
    private static async Task<List<Column>> ColumnsAsync(TpmHubDbContext db, Guid projectId, CancellationToken ct)
    {
        var members = await (
            from m in db.ProjectMembers.AsNoTracking()
            where m.ProjectId == projectId
            join u in db.Users on m.UserId equals u.Id
            let role = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault()
            orderby u.DisplayName, u.Id
            select new Column(new RaciColumn(u.Id, null, u.DisplayName, RaciColumnKind.Member, role ?? "member"), null)).ToListAsync(ct);
        var stakeholders = await db.Stakeholders.AsNoTracking().Where(s => s.ProjectId == projectId)
            .OrderByDescending(s => s.Power).ThenByDescending(s => s.Interest).ThenBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new Column(new RaciColumn(null, s.Id, s.Name, RaciColumnKind.Stakeholder,
                s.Title == "" ? s.Organisation : s.Organisation == "" ? s.Title : s.Title + ", " + s.Organisation), s.UserId)).ToListAsync(ct);
        return [.. members, .. stakeholders];
    }

    private static RaciRow Row(Item item, IEnumerable<RaciCell> cells, IReadOnlyList<Column> columns)
    {
        // Cells in column order, so the API answers the same way every time and names the accountable people left to right.
        var order = columns.Select((c, i) => (c.Person, i)).ToDictionary(x => x.Person, x => x.i);
        var names = columns.ToDictionary(c => c.Person, c => c.Name);
        var sorted = cells.Select(c => (Person: new RaciPerson(c.MemberUserId, c.StakeholderId), c.Role))
            .OrderBy(c => order.GetValueOrDefault(c.Person, int.MaxValue)).ToList();
        var label = $"{item.Key} {item.Title}";
        return new RaciRow(item.Key, item.Title, item.Type,
            sorted.Select(c => new RaciCellRow(c.Person.MemberUserId, c.Person.StakeholderId, RaciRules.Letter(c.Role))).ToList(),
            RaciRules.Problems(sorted.Select(c => c.Role)),
            RaciRules.ProblemTexts(label, sorted.Select(c => (names.GetValueOrDefault(c.Person, "someone"), c.Role)).ToList()));
    }

    private static string AuditName(Item item, string person)
    {
        var name = $"{item.Key} · {person}";
        return name.Length <= 64 ? name : name[..64];
    }

    private sealed record Item(Guid Id, string Key, string Title, WorkItemType Type);

    /// <summary>A column with the user id of a stakeholder who has an account (a member and that stakeholder are one person).</summary>
    private sealed record Column(RaciColumn Header, string? StakeholderUserId)
    {
        public RaciPerson Person => Header.Person;

        public string Name => Header.Name;

        public string? MemberUserId => Header.MemberUserId;

        public Guid? StakeholderId => Header.StakeholderId;
    }
}
