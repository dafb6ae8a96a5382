using TpmHub.Core.Common;
using TpmHub.Core.Risks;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Risks.Assessments;
using TpmHub.Web.Features.Risks.Export;
using TpmHub.Web.Features.Risks.HeatMap;
using TpmHub.Web.Features.Risks.Register;
using TpmHub.Web.Features.Risks.Templates;

namespace TpmHub.Web.Features.Risks;

/// <summary>The RAID log's API. Both groups go through the access gate: the project's key or the entry's key is resolved before a body is read.</summary>
public static class RaidEndpoints
{
    public sealed record TemplatesRequest(IReadOnlyList<string>? TemplateIds);

    public static IEndpointRouteBuilder MapRaidEndpoints(this IEndpointRouteBuilder app)
    {
        var project = app.MapGroup("/api/v1/projects/{key}/raid").WithTags("RAID log").RequireAuthorization().RequireProjectAccess();
        var entries = app.MapGroup("/api/v1/raid").WithTags("RAID log").RequireAuthorization().RequireProjectAccess();

        project.MapGet("/", async (ProjectAccess access, RaidService service, string? kind, string? status, string? band, string? ownerId,
            string? category, string? search, int? probability, int? impact, bool? residual, bool? open, string? sort, bool? desc, int? page, int? pageSize,
            CancellationToken ct) =>
        {
            var query = Query(kind, status, band, ownerId, category, search, probability, impact, residual, open, sort, desc, page, pageSize);
            return query.IsSuccess ? ApiResults.From(await service.ListAsync(access, query.Value!, ct)) : ApiResults.Problem(query.Error!);
        }).WithSummary("List a project's RAID log (filters: kind, status, band, ownerId, category, search, probability+impact; paged)");

        project.MapPost("/", async (ProjectAccess access, RaidService service, RaidRequest request, CancellationToken ct) =>
        {
            var draft = request.ToDraft(requireVersion: false);
            return draft.IsSuccess
                ? ApiResults.From(await service.CreateAsync(access, draft.Value!, ct), e => TypedResults.Created($"/api/v1/raid/{e.Key}", e))
                : ApiResults.Problem(draft.Error!);
        }).WithSummary("Add a risk, assumption, issue or dependency; a risk's response carries score and band");

        project.MapGet("/heatmap", async (ProjectAccess access, RiskHeatmapService service, bool? residual, CancellationToken ct) =>
            TypedResults.Ok(await service.HeatmapAsync(access, residual ?? false, ct)))
            .WithSummary("5×5 counts of open risks by probability and impact (residual=true for after mitigation)");

        project.MapGet("/trend", async (ProjectAccess access, RaidAssessmentService service, CancellationToken ct) =>
            TypedResults.Ok(await service.TrendAsync(access, ct)))
            .WithSummary("Weekly points {week, totalScore, exposure} of the open risks");

        project.MapGet("/export.csv", async (ProjectAccess access, RaidExportService service, string? kind, string? status, string? band, CancellationToken ct) =>
        {
            var query = Query(kind, status, band, null, null, null, null, null, null, null, null, null, null, null);
            if (!query.IsSuccess)
            {
                return ApiResults.Problem(query.Error!);
            }

            var csv = await service.CsvAsync(access, query.Value!, ct);
            return SafeCsv.File(csv, $"{access.Key}-raid.csv");
        }).WithSummary("The RAID log as CSV (formula-like cells neutralised)");

        project.MapGet("/templates", async (ProjectAccess access, RaidTemplateService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ForProjectAsync(access, ct)))
            .WithSummary("Typical risks for this kind of project");

        project.MapPost("/templates", async (ProjectAccess access, RaidTemplateService service, TemplatesRequest request, CancellationToken ct) =>
            ApiResults.From(await service.AddAsync(access, request.TemplateIds ?? [], ct)))
            .WithSummary("Add chosen template risks to the log");

        entries.MapGet("/{entryKey}", async (ProjectAccess access, RaidService service, string entryKey, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(access, entryKey, ct))).WithSummary("Get a RAID entry");

        entries.MapPut("/{entryKey}", async (ProjectAccess access, RaidService service, string entryKey, RaidRequest request, CancellationToken ct) =>
        {
            var draft = request.ToDraft(requireVersion: true);
            return draft.IsSuccess
                ? ApiResults.From(await service.UpdateAsync(access, entryKey, draft.Value!, request.Version!.Value, ct))
                : ApiResults.Problem(draft.Error!);
        }).WithSummary("Replace a RAID entry's fields; send version (409 with the current state when stale)");

        entries.MapDelete("/{entryKey}", async (ProjectAccess access, RaidService service, string entryKey, CancellationToken ct) =>
            ApiResults.From(await service.DeleteAsync(access, entryKey, ct), _ => TypedResults.NoContent())).WithSummary("Delete a RAID entry");

        entries.MapGet("/{entryKey}/history", async (ProjectAccess access, RaidAssessmentService service, string entryKey, CancellationToken ct) =>
            ApiResults.From(await service.HistoryAsync(access, entryKey, ct))).WithSummary("Every recorded assessment of the entry, oldest first");

        entries.MapPost("/{entryKey}/convert-to-issue", async (ProjectAccess access, RaidService service, string entryKey, CancellationToken ct) =>
            ApiResults.From(await service.ConvertToIssueAsync(access, entryKey, ct), e => TypedResults.Created($"/api/v1/raid/{e.Key}", e)))
            .WithSummary("Turn a realised risk into a linked issue");

        return app;
    }

    private static Result<RaidQuery> Query(string? kind, string? status, string? band, string? ownerId, string? category, string? search, int? probability,
        int? impact, bool? residual, bool? open, string? sort, bool? desc, int? page, int? pageSize)
    {
        var errors = new ValidationErrors();
        var kindValue = RequestParsing.Enum<RaidKind>(kind, "kind", errors);
        var statusValue = RequestParsing.Enum<RaidStatus>(status, "status", errors);
        var bandValue = RequestParsing.Enum<RiskBand>(band, "band", errors);
        var categoryValue = RequestParsing.Enum<RiskCategory>(category, "category", errors);
        if (probability is < 1 or > 5)
        {
            errors.Add("probability", "probability must be between 1 and 5.");
        }

        if (impact is < 1 or > 5)
        {
            errors.Add("impact", "impact must be between 1 and 5.");
        }

        if (ApiResults.CheckPaging(page, pageSize) is { Fields: { } paging })
        {
            foreach (var (field, messages) in paging)
            {
                errors.Add(field, messages[0]);
            }
        }

        return errors.Any
            ? errors.ToError()
            : new RaidQuery(kindValue, statusValue, bandValue, ownerId, categoryValue, search, probability, impact, residual ?? false, open ?? false, sort,
                desc ?? false, page ?? 1, pageSize ?? 50);
    }
}
