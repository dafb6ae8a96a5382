using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using TpmHub.Core.Common;
using TpmHub.Core.Schedule;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Projects;

namespace TpmHub.Web.Features.Work.Schedule;

/// <summary>
/// Loads a project's network in a fixed number of queries, runs the critical-path engine, and stores its
/// result. Every write that affects the schedule calls <see cref="RecomputeAsync"/> inside its transaction.
/// </summary>
public sealed class ScheduleService(IDbContextFactory<TpmHubDbContext> dbFactory)
{
    public async Task<Result<ScheduleResponse>> GetAsync(ProjectAccess project, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        var network = await LoadNetworkAsync(db, project!, ct);
        var computed = ScheduleEngine.Compute(network.Calendar, network.Tasks, network.Links);
        if (!computed.IsSuccess)
        {
            return computed.Error!;
        }

        var result = computed.Value!;
        return new ScheduleResponse(
            result.ProjectStartDate,
            result.Tasks.Count == 0 ? null : result.ProjectFinishDate,
            result.CriticalPath,
            result.Tasks.Select(t => new ScheduleItemResponse(t.Key, t.EarlyStartDate, t.EarlyFinishDate, t.LateStartDate, t.LateFinishDate,
                t.TotalFloat, t.FreeFloat, t.Critical)).ToList());
    }

    public async Task<Result<IReadOnlyList<DateOnly>>> GetCalendarAsync(ProjectAccess project, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        var holidays = await db.ProjectHolidays.AsNoTracking().Where(h => h.ProjectId == project.Id)
            .OrderBy(h => h.Date).Select(h => h.Date).ToListAsync(ct);
        return holidays;
    }

    /// <summary>Replaces the project's holidays and recomputes the schedule.</summary>
    public async Task<Result<IReadOnlyList<DateOnly>>> SetCalendarAsync(ProjectAccess project, IReadOnlyList<DateOnly> holidays,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        if (holidays.Count > 2_000)
        {
            return Error.Invalid("holidays", "At most 2,000 holidays.");
        }

        var errors = new ValidationErrors();
        foreach (var holiday in holidays)
        {
            if (!InputLimits.Date("holidays", holiday, errors))
            {
                break;
            }
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ProjectSequence<WorkItemSequence>.LockAsync(db, project.Id, ct);
        var existing = await db.ProjectHolidays.Where(h => h.ProjectId == project.Id).ToListAsync(ct);
        var wanted = holidays.Distinct().ToHashSet();
        db.ProjectHolidays.RemoveRange(existing.Where(h => !wanted.Contains(h.Date)));
        var have = existing.Select(h => h.Date).ToHashSet();
        db.ProjectHolidays.AddRange(wanted.Where(d => !have.Contains(d)).Select(d => new ProjectHoliday { ProjectId = project.Id, Date = d }));
        await db.SaveChangesAsync(ct);
        if (await RecomputeAsync(db, project, ct) is { } refused)
        {
            // Holidays only push work later, so these holidays would move the plan past the window; nothing is kept.
            return Refuse(refused, "holidays");
        }

        await tx.CommitAsync(ct);
        return wanted.Order().ToList();
    }

    internal static async Task<ScheduleNetwork> LoadNetworkAsync(TpmHubDbContext db, ProjectAccess project, CancellationToken ct)
    {
        var holidays = await db.ProjectHolidays.AsNoTracking().Where(h => h.ProjectId == project.Id).Select(h => h.Date).ToListAsync(ct);
        var items = await db.WorkItems.AsNoTracking().Where(w => w.ProjectId == project.Id)
            .OrderBy(w => w.Number)
            .Select(w => new { w.Id, w.Key, w.DurationDays, w.StartNoEarlierThan })
            .ToListAsync(ct);
        var links = await db.Dependencies.AsNoTracking().Where(d => d.ProjectId == project.Id)
            .Select(d => new { d.PredecessorId, d.SuccessorId, d.Type, d.LagDays })
            .ToListAsync(ct);

        var keyById = new Dictionary<Guid, string>(items.Count);
        var idByKey = new Dictionary<string, Guid>(items.Count, StringComparer.Ordinal);
        var tasks = new List<ScheduleTaskInput>(items.Count);
        foreach (var item in items)
        {
            keyById[item.Id] = item.Key;
            idByKey[item.Key] = item.Id;
            tasks.Add(new ScheduleTaskInput(item.Key, item.DurationDays, item.StartNoEarlierThan));
        }

        var inputs = links.Select(l => new ScheduleLinkInput(keyById[l.PredecessorId], keyById[l.SuccessorId], l.Type, l.LagDays)).ToList();
        return new ScheduleNetwork(new WorkingCalendar(project.StartDate, holidays), tasks, inputs, idByKey);
    }

    /// <summary>
    /// Runs the engine over the saved plan and rewrites the project's stored schedule in two statements. A caller that
    /// already holds the network as now saved passes it, so the graph is not read twice in one request.
    /// Returns null, or the engine's error when the plan would leave the window of dates (<see cref="InputLimits"/>): the caller
    /// then returns <see cref="Refuse"/> without committing, so its transaction rolls back and nothing changes.
    /// </summary>
    internal static async Task<Error?> RecomputeAsync(TpmHubDbContext db, ProjectAccess project, CancellationToken ct, ScheduleNetwork? saved = null)
    {
        var network = saved ?? await LoadNetworkAsync(db, project, ct);
        var computed = ScheduleEngine.Compute(network.Calendar, network.Tasks, network.Links);
        if (!computed.IsSuccess)
        {
            if (computed.Error!.Fields?.ContainsKey(ScheduleEngine.WindowField) == true)
            {
                return computed.Error;
            }

            // Links are checked for cycles before they are saved and writes are serialised per project, so this is a bug.
            throw new InvalidOperationException("The saved plan cannot be scheduled: " + computed.Error!.Message);
        }

        var tasks = computed.Value!.Tasks;
        var n = tasks.Count;
        var ids = new Guid[n];
        var eso = new int[n];
        var efo = new int[n];
        var es = new DateOnly[n];
        var ef = new DateOnly[n];
        var ls = new DateOnly[n];
        var lf = new DateOnly[n];
        var tf = new int[n];
        var ff = new int[n];
        var cr = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var t = tasks[i];
            ids[i] = network.IdByKey[t.Key];
            eso[i] = t.EarlyStart;
            efo[i] = t.EarlyFinish;
            es[i] = t.EarlyStartDate;
            ef[i] = t.EarlyFinishDate;
            ls[i] = t.LateStartDate;
            lf[i] = t.LateFinishDate;
            tf[i] = t.TotalFloat;
            ff[i] = t.FreeFloat;
            cr[i] = t.Critical;
        }

        await db.Database.ExecuteSqlAsync($"DELETE FROM work_item_schedules WHERE project_id = {project.Id}", ct);
        if (n == 0)
        {
            return null;
        }

        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO work_item_schedules (work_item_id, project_id, early_start_offset, early_finish_offset, early_start, early_finish,
                                             late_start, late_finish, total_float, free_float, critical)
            SELECT u.id, @project, u.eso, u.efo, u.es, u.ef, u.ls, u.lf, u.tf, u.ff, u.cr
            FROM unnest(@ids, @eso, @efo, @es, @ef, @ls, @lf, @tf, @ff, @cr) AS u(id, eso, efo, es, ef, ls, lf, tf, ff, cr)
            """,
            [
                new NpgsqlParameter("project", project.Id),
                new NpgsqlParameter("ids", ids),
                new NpgsqlParameter("eso", eso),
                new NpgsqlParameter("efo", efo),
                new NpgsqlParameter("es", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = es },
                new NpgsqlParameter("ef", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = ef },
                new NpgsqlParameter("ls", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = ls },
                new NpgsqlParameter("lf", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = lf },
                new NpgsqlParameter("tf", tf),
                new NpgsqlParameter("ff", ff),
                new NpgsqlParameter("cr", cr),
            ],
            ct);
        return null;
    }

    /// <summary>
    /// A write refused because the plan it leads to would leave the window of dates: the engine's message under each of
    /// <paramref name="fields"/>, the fields of the write that moved the plan.
    /// </summary>
    internal static Error Refuse(Error outOfWindow, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(outOfWindow);
        var message = outOfWindow.Message + $" Dates must lie between {InputLimits.WindowText}.";
        return Error.Invalid(fields.Distinct().ToDictionary(f => f, _ => new[] { message }, StringComparer.Ordinal));
    }

    /// <summary>Recomputes after a write that cannot move the plan later (a removal): leaving the window would be a bug.</summary>
    internal static async Task RecomputeAfterRemovalAsync(TpmHubDbContext db, ProjectAccess project, CancellationToken ct)
    {
        if (await RecomputeAsync(db, project, ct) is { } error)
        {
            throw new InvalidOperationException("Removing work moved the plan out of the window: " + error.Message);
        }
    }
}
