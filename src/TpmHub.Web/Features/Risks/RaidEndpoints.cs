using System.Text;
using TpmHub.Core.Common;
using TpmHub.Core.Risks;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Projects;

namespace TpmHub.Web.Features.Risks;

public static class RaidEndpoints
{
    public sealed record TemplatesRequest(IReadOnlyList<string>? TemplateIds);

    public sealed record PortfolioRisksResponse(RiskHeatmap Heatmap, IReadOnlyList<TopRiskRow> TopRisks, IReadOnlyList<RaidOverdueRow> Overdue);

    public static IEndpointRouteBuilder MapRaidEndpoints(this IEndpointRouteBuilder app)
    {
        var project = app.MapGroup("/api/v1/projects/{key}/raid").WithTags("RAID log").RequireAuthorization();
        var entries = app.MapGroup("/api/v1/raid").WithTags("RAID log").RequireAuthorization();

        project.MapGet("/", async (HttpContext http, RaidService service, string key, string? kind, string? status, string? band, string? ownerId,
            string? category, string? search, int? probability, int? impact, bool? residual, bool? open, string? sort, bool? desc, int? page, int? pageSize,
            CancellationToken ct) =>
        {
            var query = Query(kind, status, band, ownerId, category, search, probability, impact, residual, open, sort, desc, page, pageSize);
            return query.IsSuccess ? ApiResults.From(await service.ListAsync(http.Caller(), key, query.Value!, ct)) : ApiResults.Problem(query.Error!);
        }).WithSummary("List a project's RAID log (filters: kind, status, band, ownerId, category, search, probability+impact; paged)");

        project.MapPost("/", async (HttpContext http, RaidService service, ProjectService projects, string key, RaidRequest request, CancellationToken ct) =>
        {
            var access = await projects.AccessAsync(http.Caller(), key, write: true, ct);
            if (!access.IsSuccess)
            {
                return ApiResults.Problem(access.Error!);
            }

            var draft = request.ToDraft(requireVersion: false);
            return draft.IsSuccess
                ? ApiResults.From(await service.CreateAsync(http.Caller(), key, draft.Value!, ct), e => TypedResults.Created($"/api/v1/raid/{e.Key}", e))
                : ApiResults.Problem(draft.Error!);
        }).WithSummary("Add a risk, assumption, issue or dependency; a risk's response carries score and band");

        project.MapGet("/heatmap", async (HttpContext http, RaidService service, string key, bool? residual, CancellationToken ct) =>
            ApiResults.From(await service.HeatmapAsync(http.Caller(), key, residual ?? false, ct)))
            .WithSummary("5×5 counts of open risks by probability and impact (residual=true for after mitigation)");

        project.MapGet("/trend", async (HttpContext http, RaidService service, string key, CancellationToken ct) =>
            ApiResults.From(await service.TrendAsync(http.Caller(), key, ct)))
            .WithSummary("Weekly points {week, totalScore, exposure} of the open risks");

        project.MapGet("/export.csv", async (HttpContext http, RaidService service, string key, string? kind, string? status, string? band, CancellationToken ct) =>
        {
            var query = Query(kind, status, band, null, null, null, null, null, null, null, null, null, null, null);
            if (!query.IsSuccess)
            {
                return ApiResults.Problem(query.Error!);
            }

            var csv = await service.ExportCsvAsync(http.Caller(), key, query.Value!, ct);
            return csv.IsSuccess
                ? TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.Value!)).ToArray(), "text/csv", $"{key}-raid.csv")
                : ApiResults.Problem(csv.Error!);
        }).WithSummary("The RAID log as CSV (formula-like cells neutralised)");

        project.MapGet("/templates", async (HttpContext http, ProjectService projects, string key, CancellationToken ct) =>
            ApiResults.From(await projects.GetAsync(http.Caller(), key, ct), p => TypedResults.Ok(RiskTemplates.For(p.Kind))))
            .WithSummary("Typical risks for this kind of project");

        project.MapPost("/templates", async (HttpContext http, RaidService service, ProjectService projects, string key, TemplatesRequest request,
            CancellationToken ct) =>
        {
            var access = await projects.AccessAsync(http.Caller(), key, write: true, ct);
            if (!access.IsSuccess)
            {
                return ApiResults.Problem(access.Error!);
            }

            return ApiResults.From(await service.AddTemplatesAsync(http.Caller(), key, request.TemplateIds ?? [], ct));
        }).WithSummary("Add chosen template risks to the log");

        entries.MapGet("/{entryKey}", async (HttpContext http, RaidService service, string entryKey, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(http.Caller(), entryKey, ct))).WithSummary("Get a RAID entry");

        entries.MapPut("/{entryKey}", async (HttpContext http, RaidService service, string entryKey, RaidRequest request, CancellationToken ct) =>
        {
            var existing = await service.GetAsync(http.Caller(), entryKey, ct);
            if (!existing.IsSuccess)
            {
                return ApiResults.Problem(existing.Error!);
            }

            if (!http.Caller().CanWrite)
            {
                return ApiResults.Problem(Error.Forbidden("Stakeholders have read-only access."));
            }

            var draft = request.ToDraft(requireVersion: true);
            return draft.IsSuccess
                ? ApiResults.From(await service.UpdateAsync(http.Caller(), entryKey, draft.Value!, request.Version!.Value, ct))
                : ApiResults.Problem(draft.Error!);
        }).WithSummary("Replace a RAID entry's fields; send version (409 with the current state when stale)");

        entries.MapDelete("/{entryKey}", async (HttpContext http, RaidService service, string entryKey, CancellationToken ct) =>
            ApiResults.From(await service.DeleteAsync(http.Caller(), entryKey, ct), _ => TypedResults.NoContent())).WithSummary("Delete a RAID entry");

        entries.MapGet("/{entryKey}/history", async (HttpContext http, RaidService service, string entryKey, CancellationToken ct) =>
            ApiResults.From(await service.HistoryAsync(http.Caller(), entryKey, ct))).WithSummary("Every recorded assessment of the entry, oldest first");

        entries.MapPost("/{entryKey}/convert-to-issue", async (HttpContext http, RaidService service, string entryKey, CancellationToken ct) =>
            ApiResults.From(await service.ConvertToIssueAsync(http.Caller(), entryKey, ct), e => TypedResults.Created($"/api/v1/raid/{e.Key}", e)))
            .WithSummary("Turn a realised risk into a linked issue");

        app.MapGet("/api/v1/portfolio/risks", async (HttpContext http, RaidService service, bool? residual, CancellationToken ct) =>
        {
            var caller = http.Caller();
            return TypedResults.Ok(new PortfolioRisksResponse(await service.PortfolioHeatmapAsync(caller, residual ?? false, ct),
                await service.TopRisksAsync(caller, 10, ct), await service.OverdueAsync(caller, null, ct)));
        }).RequireAuthorization().WithTags("Portfolio").WithSummary("Cross-project heat map, top risks and overdue reviews/dependencies");

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
