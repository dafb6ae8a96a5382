using TpmHub.Core.Common;
using TpmHub.Core.Projects;
using TpmHub.Core.Reporting;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.StatusReports;

/// <summary>The period a new report covers, as the API and the form send it (yyyy-MM-dd text, for field-named errors).</summary>
public sealed record StatusReportRequest(string? PeriodStart, string? PeriodEnd)
{
    public Result<(DateOnly Start, DateOnly End)> ToPeriod(DateOnly today)
    {
        var errors = new ValidationErrors();
        InputLimits.Text("periodStart", PeriodStart, errors);
        InputLimits.Text("periodEnd", PeriodEnd, errors);
        var start = errors.Has("periodStart") ? null : RequestParsing.Date(PeriodStart, "periodStart", errors);
        var end = errors.Has("periodEnd") ? null : RequestParsing.Date(PeriodEnd, "periodEnd", errors);
        StatusReportRules.ValidatePeriod(start, end, today, errors);
        return errors.Any ? errors.ToError() : (start!.Value, end!.Value);
    }
}

/// <summary>An edit of a draft's narrative: the new Markdown and the version the editor read.</summary>
public sealed record StatusReportEditRequest(string? Narrative, uint? Version);

/// <summary>A status report as the API returns it; <c>sections</c> are the generated parts in order.</summary>
public sealed record StatusReportRow(
    Guid Id,
    string ProjectKey,
    string Title,
    StatusReportStatus Status,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    ProjectHealth Health,
    string Narrative,
    IReadOnlyList<StatusReportSection> Sections,
    uint Version,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? PublishedBy,
    DateTimeOffset? PublishedAt)
{
    public static StatusReportRow From(StatusReport r, string projectKey, string projectName)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, projectKey, StatusReportRules.Title(projectName, r.PeriodStart, r.PeriodEnd), r.Status, r.PeriodStart, r.PeriodEnd,
            r.Health, r.Narrative, r.Sections, r.Version, r.CreatedBy, r.CreatedAt, r.PublishedBy, r.PublishedAt);
    }
}

/// <summary>A report as one Markdown document and the file name to save it under.</summary>
public sealed record StatusReportDocument(string FileName, string Markdown);
