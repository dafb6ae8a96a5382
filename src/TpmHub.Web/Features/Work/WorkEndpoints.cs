using System.Globalization;
using TpmHub.Core.Common;
using TpmHub.Core.Work;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Work.Items;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Schedule;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Gantt;

namespace TpmHub.Web.Features.Work;

public static class WorkEndpoints
{
    public sealed record CalendarRequest(IReadOnlyList<string>? Holidays);

    public sealed record CalendarResponse(IReadOnlyList<DateOnly> Holidays);

    public sealed record BaselineRequest(string? Name);

    public sealed record StatusRequest(string? Status);

    public static IEndpointRouteBuilder MapWorkEndpoints(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/v1/projects/{key}").WithTags("Work and schedule").RequireAuthorization();
        var items = app.MapGroup("/api/v1/work-items").WithTags("Work and schedule").RequireAuthorization();

        projects.MapGet("/work-items", async (HttpContext http, WorkItemService service, string key, string? search, string? type, string? status,
            string? assigneeId, bool? critical, string? sort, bool? desc, int? page, int? pageSize, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            var typeValue = RequestParsing.Enum<WorkItemType>(type, "type", errors);
            var statusValue = RequestParsing.Enum<WorkItemStatus>(status, "status", errors);
            if (ApiResults.CheckPaging(page, pageSize) is { } paging)
            {
                return ApiResults.Problem(paging);
            }

            if (errors.Any)
            {
                return ApiResults.Problem(errors.ToError());
            }

            return ApiResults.From(await service.ListAsync(http.Caller(), key,
                new WorkItemQuery(search, typeValue, statusValue, assigneeId, critical ?? false, sort, desc ?? false, page ?? 1, pageSize ?? 50), ct));
        }).WithSummary("List a project's work items (paged, filtered, sorted)");

        projects.MapPost("/work-items", async (HttpContext http, WorkItemService service, Projects.ProjectService projectService, string key,
            WorkItemRequest request, CancellationToken ct) =>
        {
            // Visibility (404), then role (403), then the body (400).
            var access = await projectService.AccessAsync(http.Caller(), key, write: true, ct);
            if (!access.IsSuccess)
            {
                return ApiResults.Problem(access.Error!);
            }

            var draft = request.ToDraft(null, requireVersion: false);
            if (!draft.IsSuccess)
            {
                return ApiResults.Problem(draft.Error!);
            }

            return ApiResults.From(await service.CreateAsync(http.Caller(), key, draft.Value!, ct),
                item => TypedResults.Created($"/api/v1/work-items/{item.Key}", item));
        }).WithSummary("Create a work item; the response carries its key and computed schedule");

        items.MapGet("/{itemKey}", async (HttpContext http, WorkItemService service, string itemKey, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(http.Caller(), itemKey, ct))).WithSummary("Get a work item");

        items.MapPut("/{itemKey}", async (HttpContext http, WorkItemService service, string itemKey, WorkItemRequest request, CancellationToken ct) =>
        {
            var existing = await service.GetAsync(http.Caller(), itemKey, ct);
            if (!existing.IsSuccess)
            {
                return ApiResults.Problem(existing.Error!);
            }

            if (!http.Caller().CanWrite)
            {
                return ApiResults.Problem(Error.Forbidden("Stakeholders have read-only access."));
            }

            var draft = request.ToDraft(null, requireVersion: true);
            return draft.IsSuccess
                ? ApiResults.From(await service.UpdateAsync(http.Caller(), itemKey, draft.Value!, request.Version!.Value, ct))
                : ApiResults.Problem(draft.Error!);
        }).WithSummary("Replace a work item's fields; send version (409 with the current state when stale)");

        items.MapPatch("/{itemKey}", async (HttpContext http, WorkItemService service, string itemKey, WorkItemRequest request, CancellationToken ct) =>
        {
            var existing = await service.GetAsync(http.Caller(), itemKey, ct);
            if (!existing.IsSuccess)
            {
                return ApiResults.Problem(existing.Error!);
            }

            if (!http.Caller().CanWrite)
            {
                return ApiResults.Problem(Error.Forbidden("Stakeholders have read-only access."));
            }

            var draft = request.ToDraft(WorkItemService.ToDraft(existing.Value!), requireVersion: true);
            return draft.IsSuccess
                ? ApiResults.From(await service.UpdateAsync(http.Caller(), itemKey, draft.Value!, request.Version!.Value, ct))
                : ApiResults.Problem(draft.Error!);
        }).WithSummary("Change some fields of a work item (others keep their value); send version");

        items.MapPut("/{itemKey}/status", async (HttpContext http, WorkItemService service, string itemKey, StatusRequest request, CancellationToken ct) =>
        {
            if (!EnumText.TryParse<WorkItemStatus>(request.Status, out var status))
            {
                var existing = await service.GetAsync(http.Caller(), itemKey, ct);
                return ApiResults.Problem(existing.IsSuccess
                    ? Error.Invalid("status", $"'{request.Status}' is not a status; use backlog, toDo, inProgress, review or done.")
                    : existing.Error!);
            }

            return ApiResults.From(await service.SetStatusAsync(http.Caller(), itemKey, status, ct));
        }).WithSummary("Move a work item to another status (board)");

        items.MapDelete("/{itemKey}", async (HttpContext http, WorkItemService service, string itemKey, CancellationToken ct) =>
            ApiResults.From(await service.DeleteAsync(http.Caller(), itemKey, ct), _ => TypedResults.NoContent()))
            .WithSummary("Delete a work item and its links");

        projects.MapGet("/dependencies", async (HttpContext http, DependencyService service, string key, CancellationToken ct) =>
            ApiResults.From(await service.ListAsync(http.Caller(), key, ct))).WithSummary("List a project's dependencies");

        projects.MapPost("/dependencies", async (HttpContext http, DependencyService service, string key, DependencyDraft request, CancellationToken ct) =>
            ApiResults.From(await service.AddAsync(http.Caller(), key, request, ct), row => TypedResults.Created($"/api/v1/projects/{key}/dependencies/{row.Id}", row)))
            .WithSummary("Link two work items (FS, SS, FF, SF with lag); a link that would close a cycle is refused with the cycle named");

        projects.MapDelete("/dependencies/{id:guid}", async (HttpContext http, DependencyService service, string key, Guid id, CancellationToken ct) =>
            ApiResults.From(await service.DeleteAsync(http.Caller(), key, id, ct), _ => TypedResults.NoContent())).WithSummary("Remove a link");

        projects.MapGet("/calendar", async (HttpContext http, ScheduleService service, string key, CancellationToken ct) =>
            ApiResults.From(await service.GetCalendarAsync(http.Caller(), key, ct), h => TypedResults.Ok(new CalendarResponse(h))))
            .WithSummary("The project's holidays (Mon–Fri is the working week)");

        projects.MapPut("/calendar", async (HttpContext http, ScheduleService service, string key, CalendarRequest request, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            var dates = new List<DateOnly>();
            foreach (var text in request.Holidays ?? [])
            {
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    dates.Add(date);
                }
                else
                {
                    errors.Add("holidays", $"'{text}' is not a date in the form yyyy-MM-dd.");
                }
            }

            if (request.Holidays is null)
            {
                errors.Add("holidays", "holidays is required (a list of yyyy-MM-dd dates; [] for none).");
            }

            if (errors.Any)
            {
                var visible = await service.GetCalendarAsync(http.Caller(), key, ct);
                return ApiResults.Problem(visible.IsSuccess ? errors.ToError() : visible.Error!);
            }

            return ApiResults.From(await service.SetCalendarAsync(http.Caller(), key, dates, ct), h => TypedResults.Ok(new CalendarResponse(h)));
        }).WithSummary("Replace the project's holidays; the schedule is recomputed");

        projects.MapGet("/schedule", async (HttpContext http, ScheduleService service, string key, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(http.Caller(), key, ct)))
            .WithSummary("The critical-path schedule: early/late dates, total and free float, critical flag, project finish");

        projects.MapGet("/baselines", async (HttpContext http, BaselineService service, string key, CancellationToken ct) =>
            ApiResults.From(await service.ListAsync(http.Caller(), key, ct))).WithSummary("List baselines");

        projects.MapPost("/baselines", async (HttpContext http, BaselineService service, string key, BaselineRequest request, CancellationToken ct) =>
            ApiResults.From(await service.SaveAsync(http.Caller(), key, request.Name, ct),
                row => TypedResults.Created($"/api/v1/projects/{key}/baselines/{row.Id}/variance", row)))
            .WithSummary("Save the current planned dates and budgets as a named baseline");

        projects.MapGet("/baselines/{id:guid}/variance", async (HttpContext http, BaselineService service, string key, Guid id, CancellationToken ct) =>
            ApiResults.From(await service.VarianceAsync(http.Caller(), key, id, ct)))
            .WithSummary("Variance of the current plan against a baseline, in working days (positive = later)");

        return app;
    }
}
