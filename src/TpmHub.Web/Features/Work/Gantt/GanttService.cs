using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Schedule;
using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Projects;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.Web.Features.Work.Gantt;

/// <summary>
/// Reads a project's plan for the Gantt, in one context and a fixed number of queries whatever its size. The chart
/// opens on an opening plan (what it draws first: a few dozen rows around the work at hand, ranked in SQL, so the first
/// paint does not grow with the plan), then completes with the whole plan (every item, only the columns a bar needs,
/// and every link, by item id, turned into keys in memory rather than joined twice in SQL).
/// </summary>
public sealed class GanttService(IDbContextFactory<TpmHubDbContext> dbFactory)
{
    /// <summary>The whole plan, or with <paramref name="opening"/> its opening (see <see cref="WorkGanttPlan"/>).</summary>
    public async Task<Result<WorkGanttPlan>> OpenAsync(ProjectAccess project, WorkGanttOpening? opening = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentOutOfRangeException.ThrowIfNegative(opening?.RowsBefore ?? 0, nameof(opening));
        ArgumentOutOfRangeException.ThrowIfNegative(opening?.RowsAfter ?? 0, nameof(opening));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var holidays = await db.ProjectHolidays.AsNoTracking().Where(h => h.ProjectId == project.Id)
            .OrderBy(h => h.Date).Select(h => h.Date).ToListAsync(ct);
        var baselines = await BaselineService.Rows(db, project.Id).ToListAsync(ct);
        var calendar = new WorkingCalendar(project.StartDate, holidays);
        var read = opening is null
            ? await ReadAllAsync(db, project.Id, ct)
            : await ReadOpeningAsync(db, project.Id, calendar.OffsetOnOrAfter(opening.Today), opening, ct);

        var blockIds = read.Items.Where(i => i.Row >= read.FirstRow && i.Row < read.EndRow).Select(i => i.Id).ToArray();
        var links = read.FirstRow == 0 && read.EndRow == read.RowCount
            ? db.Dependencies.AsNoTracking().Where(d => d.ProjectId == project.Id)
            : db.Dependencies.AsNoTracking().Where(d => d.ProjectId == project.Id
                && (blockIds.Contains(d.PredecessorId) || blockIds.Contains(d.SuccessorId)));
        var rawLinks = await links.OrderBy(d => d.CreatedAt)
            .Select(d => new { d.Id, d.PredecessorId, d.SuccessorId, d.Type, d.LagDays }).ToListAsync(ct);

        var keyOf = new Dictionary<Guid, string>(read.Items.Count);
        foreach (var item in read.Items)
        {
            keyOf[item.Id] = item.Key;
        }

        var rows = new List<DependencyRow>(rawLinks.Count);
        foreach (var link in rawLinks)
        {
            if (keyOf.TryGetValue(link.PredecessorId, out var predecessor) && keyOf.TryGetValue(link.SuccessorId, out var successor))
            {
                rows.Add(new DependencyRow(link.Id, predecessor, successor, link.Type, link.LagDays));
            }
        }

        return new WorkGanttPlan(project.Key, project.Name, calendar, baselines, read.Items, rows, read.RowCount, read.FirstRow, read.EndRow,
            read.AnchorRow, read.ExtentStart, read.ExtentFinish);
    }

    private static async Task<Read> ReadAllAsync(TpmHubDbContext db, Guid projectId, CancellationToken ct)
    {
        var read = await (
                from w in db.WorkItems.AsNoTracking().Where(w => w.ProjectId == projectId)
                join s in db.WorkItemSchedules on w.Id equals s.WorkItemId into sj
                from s in sj.DefaultIfEmpty()
                orderby s == null ? int.MaxValue : s.EarlyStartOffset, s == null ? 0 : s.EarlyFinishOffset, w.Number
                select new
                {
                    w.Id, w.Key, w.Title, w.Type, w.DurationDays, w.PercentComplete,
                    Start = s == null ? (int?)null : s.EarlyStartOffset,
                    Finish = s == null ? (int?)null : s.EarlyFinishOffset,
                    Critical = s != null && s.Critical,
                    PlannedStart = s == null ? (DateOnly?)null : s.EarlyStart,
                    PlannedFinish = s == null ? (DateOnly?)null : s.EarlyFinish,
                })
            .ToListAsync(ct);
        var items = new List<WorkGanttItem>(read.Count);
        int? extentStart = null, extentFinish = null;
        foreach (var r in read)
        {
            items.Add(new WorkGanttItem(items.Count, r.Id, r.Key, r.Title, r.Type, r.DurationDays, r.PercentComplete, r.Start, r.Finish, r.Critical,
                r.PlannedStart, r.PlannedFinish));
            if (r.Start is { } start && r.Finish is { } finish)
            {
                extentStart = Math.Min(extentStart ?? start, start);
                extentFinish = Math.Max(extentFinish ?? finish, finish);
            }
        }

        return new Read(items, items.Count, 0, items.Count, null, extentStart, extentFinish);
    }

    /// <summary>
    /// One statement: every item of the project ranked in schedule order (the same order as <see cref="ReadAllAsync"/>),
    /// with the count and the extent of the schedule over all of them; the anchor is the first row whose finish is after
    /// today's offset (row 0 when there is none); kept are the rows around it and the items at the other end of their links.
    /// </summary>
    private static async Task<Read> ReadOpeningAsync(TpmHubDbContext db, Guid projectId, int todayOffset, WorkGanttOpening opening,
        CancellationToken ct)
    {
        var ranked = await db.Database.SqlQuery<RankedItem>($"""
            WITH ranked AS (
                SELECT w.id, w.key, w.title, w.type, w.duration_days, w.percent_complete,
                       s.early_start_offset AS start_offset, s.early_finish_offset AS finish_offset,
                       COALESCE(s.critical, FALSE) AS critical, s.early_start AS planned_start, s.early_finish AS planned_finish,
                       (ROW_NUMBER() OVER (ORDER BY COALESCE(s.early_start_offset, 2147483647), COALESCE(s.early_finish_offset, 0), w.number) - 1)::int
                           AS row_index,
                       (COUNT(*) OVER ())::int AS row_count,
                       MIN(s.early_start_offset) OVER () AS extent_start,
                       MAX(s.early_finish_offset) OVER () AS extent_finish
                FROM work_items w
                LEFT JOIN work_item_schedules s ON s.work_item_id = w.id
                WHERE w.project_id = {projectId}),
            anchor AS (SELECT COALESCE(MIN(row_index) FILTER (WHERE finish_offset > {todayOffset}), 0) AS anchor_row FROM ranked),
            block AS (
                SELECT r.id FROM ranked r CROSS JOIN anchor a
                WHERE r.row_index >= a.anchor_row - {opening.RowsBefore} AND r.row_index < a.anchor_row + {opening.RowsAfter}),
            far_ends AS (
                SELECT d.predecessor_id AS id FROM dependencies d WHERE d.project_id = {projectId} AND d.successor_id IN (SELECT id FROM block)
                UNION
                SELECT d.successor_id FROM dependencies d WHERE d.project_id = {projectId} AND d.predecessor_id IN (SELECT id FROM block))
            SELECT r.*, a.anchor_row FROM ranked r CROSS JOIN anchor a
            WHERE r.id IN (SELECT id FROM block) OR r.id IN (SELECT id FROM far_ends)
            ORDER BY r.row_index
            """).ToListAsync(ct);
        var items = ranked.Select(r => new WorkGanttItem(r.RowIndex, r.Id, r.Key, r.Title, Enum.Parse<WorkItemType>(r.Type), r.DurationDays,
            r.PercentComplete, r.StartOffset, r.FinishOffset, r.Critical, r.PlannedStart, r.PlannedFinish)).ToList();
        if (ranked.Count == 0)
        {
            return new Read(items, 0, 0, 0, 0, null, null);
        }

        var (rowCount, anchor) = (ranked[0].RowCount, ranked[0].AnchorRow);
        var first = Math.Max(0, anchor - opening.RowsBefore);
        var end = (int)Math.Min(rowCount, (long)anchor + opening.RowsAfter);
        return new Read(items, rowCount, first, end, anchor, ranked[0].ExtentStart, ranked[0].ExtentFinish);
    }

    private sealed record Read(List<WorkGanttItem> Items, int RowCount, int FirstRow, int EndRow, int? AnchorRow, int? ExtentStart, int? ExtentFinish);

    private sealed record RankedItem(
        Guid Id,
        string Key,
        string Title,
        string Type,
        int DurationDays,
        int PercentComplete,
        int? StartOffset,
        int? FinishOffset,
        bool Critical,
        DateOnly? PlannedStart,
        DateOnly? PlannedFinish,
        int RowIndex,
        int RowCount,
        int? ExtentStart,
        int? ExtentFinish,
        int AnchorRow);
}
