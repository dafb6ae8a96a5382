using TpmHub.Core.Common;
using TpmHub.Core.Projects;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.Projects;

public static class ProjectEndpoints
{
    public sealed record AddMemberRequest(string? UserId);

    public static IEndpointRouteBuilder MapProjectEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/projects").WithTags("Projects").RequireAuthorization();

        api.MapGet("/", async (HttpContext http, ProjectService service, string? search, string? kind, string? status, string? health,
            string? sort, bool? desc, int? page, int? pageSize, bool? archived, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            var kindValue = RequestParsing.Enum<ProjectKind>(kind, "kind", errors);
            var statusValue = RequestParsing.Enum<ProjectStatus>(status, "status", errors);
            var healthValue = RequestParsing.Enum<ProjectHealth>(health, "health", errors);
            if (ApiResults.CheckPaging(page, pageSize) is { } pagingError)
            {
                return ApiResults.Problem(pagingError);
            }

            if (errors.Any)
            {
                return ApiResults.Problem(errors.ToError());
            }

            var result = await service.ListAsync(http.Caller(),
                new ProjectQuery(search, kindValue, statusValue, healthValue, sort, desc ?? false, page ?? 1, pageSize ?? 50, archived ?? false), ct);
            return TypedResults.Ok(new PagedResult<ProjectResponse>(result.Items.Select(ProjectResponse.From).ToList(), result.Total));
        }).WithSummary("List the projects the caller may see (paged: page, pageSize ≤ 200; archived=true lists the archived ones instead)")
            .Produces<PagedResult<ProjectResponse>>();

        api.MapPost("/", async (HttpContext http, ProjectService service, ProjectRequest request, CancellationToken ct) =>
        {
            var caller = http.Caller();
            if (!caller.CanWrite)
            {
                return ApiResults.Problem(Error.Forbidden(AccessRefusals.CreateProjects));
            }

            var draft = request.ToDraft(requireVersion: false);
            return draft.IsSuccess
                ? ApiResults.From(await service.CreateAsync(caller, draft.Value!, ct), p => TypedResults.Created($"/api/v1/projects/{p.Key}", ProjectResponse.From(p)))
                : ApiResults.Problem(draft.Error!);
        }).WithSummary("Create a project; the caller becomes a member")
            .Produces<ProjectResponse>(StatusCodes.Status201Created);

        var project = api.MapGroup("/{key}").RequireProjectAccess();

        project.MapGet("/", async (ProjectAccess access, ProjectService service, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(access, ct), p => TypedResults.Ok(ProjectResponse.From(p))))
            .WithSummary("Get one project").Produces<ProjectResponse>();

        project.MapPut("/", async (ProjectAccess access, ProjectService service, ProjectRequest request, CancellationToken ct) =>
        {
            var draft = request.ToDraft(requireVersion: true);
            return draft.IsSuccess
                ? ApiResults.From(await service.UpdateAsync(access, draft.Value!, request.Version!.Value, ct), p => TypedResults.Ok(ProjectResponse.From(p)))
                : ApiResults.Problem(draft.Error!);
        }).WithSummary("Replace a project's fields; send the version you read (409 with the current state when stale)")
            .Produces<ProjectResponse>();

        project.MapDelete("/", async (ProjectAccess access, ProjectService service, string? confirm, CancellationToken ct) =>
            ApiResults.From(await service.DeleteAsync(access, confirm, ct), _ => TypedResults.NoContent()))
            .RequireProjectAccess(AccessNeed.Manage).WithSummary("Delete a project and everything in it (admins); confirm={key} is required");

        project.MapPost("/archive", async (ProjectAccess access, ProjectService service, CancellationToken ct) =>
            ApiResults.From(await service.SetArchivedAsync(access, true, ct), p => TypedResults.Ok(ProjectResponse.From(p))))
            .RequireProjectAccess(AccessNeed.Archive).WithSummary("Archive a project: it leaves the portfolio and becomes read-only");

        project.MapPost("/unarchive", async (ProjectAccess access, ProjectService service, CancellationToken ct) =>
            ApiResults.From(await service.SetArchivedAsync(access, false, ct), p => TypedResults.Ok(ProjectResponse.From(p))))
            .RequireProjectAccess(AccessNeed.Archive).WithSummary("Bring an archived project back to the portfolio");

        project.MapGet("/members", async (ProjectAccess access, ProjectService service, CancellationToken ct) =>
            TypedResults.Ok(await service.MembersAsync(access, ct))).WithSummary("List a project's members");

        project.MapPost("/members", async (ProjectAccess access, ProjectService service, AddMemberRequest request, CancellationToken ct) =>
            ApiResults.From(await service.AddMemberAsync(access, request.UserId, ct)))
            .RequireProjectAccess(AccessNeed.Manage).WithSummary("Add a member (admins)");

        project.MapDelete("/members/{userId}", async (ProjectAccess access, ProjectService service, string userId, CancellationToken ct) =>
            ApiResults.From(await service.RemoveMemberAsync(access, userId, ct)))
            .RequireProjectAccess(AccessNeed.Manage).WithSummary("Remove a member (admins)");

        project.MapGet("/history", async (ProjectAccess access, ProjectService service, CancellationToken ct) =>
            TypedResults.Ok(await service.HistoryAsync(access, ct: ct))).WithSummary("The project's audit trail, newest first");

        return app;
    }
}
