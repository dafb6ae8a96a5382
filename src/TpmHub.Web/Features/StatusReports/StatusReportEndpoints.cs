using System.Text;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.StatusReports;

public static class StatusReportEndpoints
{
    private const string Tag = "Status reports";

    public static IEndpointRouteBuilder MapStatusReportEndpoints(this IEndpointRouteBuilder app)
    {
        var project = app.MapGroup("/api/v1/projects/{key}/status-reports").WithTags(Tag).RequireAuthorization().RequireProjectAccess();
        var one = app.MapGroup($"/api/v1/status-reports/{{{StatusReportsFeature.RouteParameter}}}").WithTags(Tag).RequireAuthorization().RequireProjectAccess();

        project.MapGet("/", async (ProjectAccess access, StatusReportService service, int? page, int? pageSize, CancellationToken ct) =>
                ApiResults.From(await service.ListAsync(access, page, pageSize, ct)))
            .Produces<PagedResult<StatusReportRow>>()
            .WithSummary("The project's status reports, latest period first (stakeholders see published ones only)");

        project.MapPost("/", async (ProjectAccess access, StatusReportService service, StatusReportRequest request, CancellationToken ct) =>
                ApiResults.From(await service.GenerateAsync(access, request, ct), row => TypedResults.Created($"/api/v1/status-reports/{row.Id}", row)))
            .Produces<StatusReportRow>(StatusCodes.Status201Created)
            .WithSummary("Generate a draft report for {periodStart, periodEnd} (yyyy-MM-dd, start ≤ end ≤ today, at most a year) from the project's data");

        one.MapGet("/", async (ProjectAccess access, StatusReportService service, Guid reportId, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(access, reportId, ct))).Produces<StatusReportRow>().WithSummary("Get a status report (a draft is not found for stakeholders)");

        one.MapPut("/", async (ProjectAccess access, StatusReportService service, Guid reportId, StatusReportEditRequest request, CancellationToken ct) =>
                ApiResults.From(await service.UpdateNarrativeAsync(access, reportId, request, ct)))
            .Produces<StatusReportRow>()
            .WithSummary("Replace a draft's narrative (send the version you read; a published report is read-only: 409)");

        one.MapPost("/publish", async (ProjectAccess access, StatusReportService service, Guid reportId, CancellationToken ct) =>
                ApiResults.From(await service.PublishAsync(access, reportId, ct)))
            .Produces<StatusReportRow>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Publish a draft: stakeholders see it from now on and nobody can change it");

        one.MapGet("/markdown", async (ProjectAccess access, StatusReportService service, Guid reportId, CancellationToken ct) =>
            {
                var document = await service.MarkdownAsync(access, reportId, ct);
                return document.IsSuccess
                    ? TypedResults.File(Encoding.UTF8.GetBytes(document.Value!.Markdown), "text/markdown; charset=utf-8", document.Value.FileName)
                    : ApiResults.Problem(document.Error!);
            })
            .Produces<string>(StatusCodes.Status200OK, "text/markdown")
            .WithSummary("The whole report as one Markdown document, as a download named like CLD-status-2026-11-23.md");

        one.MapDelete("/", async (ProjectAccess access, StatusReportService service, Guid reportId, CancellationToken ct) =>
                ApiResults.From(await service.DeleteAsync(access, reportId, ct), _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Delete a draft (a published report cannot be deleted: 409)");

        return app;
    }
}
