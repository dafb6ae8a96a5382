using TpmHub.Core.Common;
using TpmHub.Core.Work;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;

namespace TpmHub.Web.Features.Work.Items;

public static class WorkItemEndpoints
{
    public sealed record StatusRequest(string? Status);

    public static IEndpointRouteBuilder MapWorkItemEndpoints(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/v1/projects/{key}/work-items").WithTags("Work and schedule").RequireAuthorization().RequireProjectAccess();
        var items = app.MapGroup("/api/v1/work-items/{itemKey}").WithTags("Work and schedule").RequireAuthorization().RequireProjectAccess();

        projects.MapGet("/", async (ProjectAccess access, WorkItemService service, string? search, string? type, string? status,
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

            return ApiResults.From(await service.ListAsync(access,
                new WorkItemQuery(search, typeValue, statusValue, assigneeId, critical ?? false, sort, desc ?? false, page ?? 1, pageSize ?? 50), ct));
        }).WithSummary("List a project's work items (paged, filtered, sorted)");

        projects.MapPost("/", async (ProjectAccess access, WorkItemService service, WorkItemRequest request, CancellationToken ct) =>
        {
            var draft = request.ToDraft(null, requireVersion: false);
            return draft.IsSuccess
                ? ApiResults.From(await service.CreateAsync(access, draft.Value!, ct), item => TypedResults.Created($"/api/v1/work-items/{item.Key}", item))
                : ApiResults.Problem(draft.Error!);
        }).WithSummary("Create a work item; the response carries its key and computed schedule");

        items.MapGet("/", async (ProjectAccess access, WorkItemService service, string itemKey, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(access, itemKey, ct))).WithSummary("Get a work item");

        items.MapPut("/", async (ProjectAccess access, WorkItemService service, string itemKey, WorkItemRequest request, CancellationToken ct) =>
        {
            var draft = request.ToDraft(null, requireVersion: true);
            return draft.IsSuccess
                ? ApiResults.From(await service.UpdateAsync(access, itemKey, draft.Value!, request.Version!.Value, ct))
                : ApiResults.Problem(draft.Error!);
        }).WithSummary("Replace a work item's fields; send version (409 with the current state when stale)");

        items.MapPatch("/", async (ProjectAccess access, WorkItemService service, string itemKey, WorkItemRequest request, CancellationToken ct) =>
        {
            var existing = await service.GetAsync(access, itemKey, ct);
            if (!existing.IsSuccess)
            {
                return ApiResults.Problem(existing.Error!);
            }

            var draft = request.ToDraft(WorkItemService.ToDraft(existing.Value!), requireVersion: true);
            return draft.IsSuccess
                ? ApiResults.From(await service.UpdateAsync(access, itemKey, draft.Value!, request.Version!.Value, ct))
                : ApiResults.Problem(draft.Error!);
        }).WithSummary("Change some fields of a work item (others keep their value); send version");

        items.MapPut("/status", async (ProjectAccess access, WorkItemService service, string itemKey, StatusRequest request, CancellationToken ct) =>
            EnumText.TryParse<WorkItemStatus>(request.Status, out var status)
                ? ApiResults.From(await service.SetStatusAsync(access, itemKey, status, ct))
                : ApiResults.Problem(Error.Invalid("status", $"'{request.Status}' is not a status; use backlog, toDo, inProgress, review or done.")))
            .WithSummary("Move a work item to another status (board)");

        items.MapDelete("/", async (ProjectAccess access, WorkItemService service, string itemKey, CancellationToken ct) =>
            ApiResults.From(await service.DeleteAsync(access, itemKey, ct), _ => TypedResults.NoContent()))
            .WithSummary("Delete a work item and its links");

        return app;
    }
}
