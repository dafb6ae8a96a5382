using Microsoft.EntityFrameworkCore;
using TpmHub.Core.Common;
using TpmHub.Core.Reporting;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.StatusReports;

/// <summary>
/// A project's status reports: generated as drafts from the project's data, the narrative edited by a lead, then
/// published and read-only. Who may see a draft is decided in <see cref="CanSeeDrafts"/> alone; to everyone else a
/// draft does not exist (not found, never forbidden).
/// </summary>
public sealed class StatusReportService(IDbContextFactory<TpmHubDbContext> dbFactory, StatusReportGenerator generator, TimeProvider time)
{
    public const int DefaultPageSize = 50;

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    /// <summary>
    /// The one rule for drafts: leads and admins (who may write) see them; stakeholders, and any caller whose user has no
    /// role (a share-link holder), see published reports only.
    /// </summary>
    public static bool CanSeeDrafts(ProjectAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.User.CanWrite;
    }

    /// <summary>The reports the caller may see, the latest period first (then the latest generated).</summary>
    public async Task<Result<PagedResult<StatusReportRow>>> ListAsync(ProjectAccess project, int? page = null, int? pageSize = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (ApiResults.CheckPaging(page, pageSize) is { } invalid)
        {
            return invalid;
        }

        var (p, size) = (page ?? 1, pageSize ?? DefaultPageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = Visible(db, project);
        var total = await visible.CountAsync(ct);
        var rows = await visible.OrderByDescending(r => r.PeriodEnd).ThenByDescending(r => r.CreatedAt)
            .Skip((p - 1) * size).Take(size).ToListAsync(ct);
        return new PagedResult<StatusReportRow>(rows.Select(r => StatusReportRow.From(r, project.Key, project.Name)).ToList(), total);
    }

    public async Task<Result<StatusReportRow>> GetAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await Visible(db, project).SingleOrDefaultAsync(r => r.Id == id, ct);
        return found is null ? NotFound(id) : StatusReportRow.From(found, project.Key, project.Name);
    }

    /// <summary>The whole report as one Markdown document, with the file name to download it as.</summary>
    public async Task<Result<StatusReportDocument>> MarkdownAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await Visible(db, project).SingleOrDefaultAsync(r => r.Id == id, ct);
        return found is null
            ? NotFound(id)
            : new StatusReportDocument(StatusReportRules.FileName(project.Key, found.PeriodEnd), StatusReportRules.Document(project.Name, found));
    }

    /// <summary>Generates a draft for the period from the project's data as it stands (earned value and progress as of the period's last day).</summary>
    public async Task<Result<StatusReportRow>> GenerateAsync(ProjectAccess project, StatusReportRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        var period = request.ToPeriod(Today);
        if (!period.IsSuccess)
        {
            return period.Error!;
        }

        var (start, end) = period.Value;
        var generated = await generator.GenerateAsync(project, start, end, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var report = new StatusReport
        {
            Id = Guid.CreateVersion7(),
            ProjectId = project.Id,
            PeriodStart = start,
            PeriodEnd = end,
            Status = StatusReportStatus.Draft,
            Health = generated.Context.Health.Effective,
            Narrative = generated.Narrative,
            Sections = generated.Sections.ToList(),
            CreatedBy = await NameOfAsync(db, project, ct),
            CreatedAt = time.GetUtcNow(),
        };
        db.StatusReports.Add(report);
        await db.SaveChangesAsync(ct);
        return StatusReportRow.From(report, project.Key, project.Name);
    }

    /// <summary>Replaces a draft's narrative; a published report is read-only, and a stale version is a conflict with the current report.</summary>
    public async Task<Result<StatusReportRow>> UpdateNarrativeAsync(ProjectAccess project, Guid id, StatusReportEditRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(request);
        var errors = StatusReportRules.ValidateNarrative(request.Narrative);
        if (request.Version is null)
        {
            errors.Add("version", "Version is required: send the version you last read.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var report = await Visible(db, project, tracked: true).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return NotFound(id);
        }

        if (report.Status == StatusReportStatus.Published)
        {
            return Error.Conflict(PublishedReadOnly, StatusReportRow.From(report, project.Key, project.Name));
        }

        db.Entry(report).Property(r => r.Version).OriginalValue = request.Version!.Value;
        report.Narrative = request.Narrative!;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(project, id, "Someone else changed this report after you opened it; your text was not saved. Reload to see theirs.", ct);
        }

        return StatusReportRow.From(report, project.Key, project.Name);
    }

    /// <summary>Publishes a draft: from now on stakeholders see it and nobody can change it.</summary>
    public async Task<Result<StatusReportRow>> PublishAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var report = await Visible(db, project, tracked: true).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return NotFound(id);
        }

        if (report.Status == StatusReportStatus.Published)
        {
            return Error.Conflict("This report is already published.", StatusReportRow.From(report, project.Key, project.Name));
        }

        report.Status = StatusReportStatus.Published;
        report.PublishedBy = await NameOfAsync(db, project, ct);
        report.PublishedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(project, id, "Someone else changed this report while you published it; nothing was published. Reload and try again.", ct);
        }

        return StatusReportRow.From(report, project.Key, project.Name);
    }

    /// <summary>Deletes a draft; a published report stays (others may have read it).</summary>
    public async Task<Result<bool>> DeleteAsync(ProjectAccess project, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var report = await Visible(db, project, tracked: true).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return NotFound(id);
        }

        if (report.Status == StatusReportStatus.Published)
        {
            return Error.Conflict("A published report cannot be deleted: stakeholders may have read it.", StatusReportRow.From(report, project.Key, project.Name));
        }

        db.StatusReports.Remove(report);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public const string PublishedReadOnly = "This report is published and read-only; generate a new report to say more.";

    private static IQueryable<StatusReport> Visible(TpmHubDbContext db, ProjectAccess project, bool tracked = false)
    {
        var reports = (tracked ? db.StatusReports : db.StatusReports.AsNoTracking()).Where(r => r.ProjectId == project.Id);
        return CanSeeDrafts(project) ? reports : reports.Where(r => r.Status == StatusReportStatus.Published);
    }

    private async Task<Result<StatusReportRow>> ConflictAsync(ProjectAccess project, Guid id, string message, CancellationToken ct)
    {
        var current = await GetAsync(project, id, ct);
        return current.IsSuccess ? Error.Conflict(message, current.Value) : current.Error!;
    }

    private static async Task<string> NameOfAsync(TpmHubDbContext db, ProjectAccess project, CancellationToken ct) =>
        await db.Users.Where(u => u.Id == project.User.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) is { Length: > 0 } name
            ? name
            : project.User.UserName;

    private static Error NotFound(Guid id) => AccessRefusals.NotFound("Status report", id.ToString());
}
