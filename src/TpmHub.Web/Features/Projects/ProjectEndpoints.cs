using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Identity;
using TpmHub.Core.Projects;

namespace TpmHub.Web.Features.Projects;

public static class ProjectEndpoints
{
    public sealed record AddMemberRequest(string? UserId);

    public static IEndpointRouteBuilder MapProjectEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/projects").WithTags("Projects").RequireAuthorization();

        api.MapGet("/", async (HttpContext http, ProjectService service, string? search, string? kind, string? status, string? health,
            string? sort, bool? desc, int? page, int? pageSize, CancellationToken ct) =>
        {
            var errors = new TpmHub.Core.Common.ValidationErrors();
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
                new ProjectQuery(search, kindValue, statusValue, healthValue, sort, desc ?? false, page ?? 1, pageSize ?? 50), ct);
            return TypedResults.Ok(new PagedResult<ProjectResponse>(result.Items.Select(ProjectResponse.From).ToList(), result.Total));
        }).WithSummary("List the projects the caller may see (paged: page, pageSize ≤ 200)");

        api.MapGet("/{key}", async (HttpContext http, ProjectService service, string key, CancellationToken ct) =>
            ApiResults.From(await service.GetAsync(http.Caller(), key, ct), p => TypedResults.Ok(ProjectResponse.From(p))))
            .WithSummary("Get one project");

        api.MapPost("/", async (HttpContext http, ProjectService service, ProjectRequest request, CancellationToken ct) =>
        {
            var caller = http.Caller();
            if (!caller.CanWrite)
            {
                return ApiResults.Problem(TpmHub.Core.Common.Error.Forbidden("Stakeholders have read-only access."));
            }

            var draft = request.ToDraft(requireVersion: false);
            if (!draft.IsSuccess)
            {
                return ApiResults.Problem(draft.Error!);
            }

            return ApiResults.From(await service.CreateAsync(caller, draft.Value!, ct),
                p => TypedResults.Created($"/api/v1/projects/{p.Key}", ProjectResponse.From(p)));
        }).WithSummary("Create a project; the caller becomes a member");

        api.MapPut("/{key}", async (HttpContext http, ProjectService service, string key, ProjectRequest request, CancellationToken ct) =>
        {
            var caller = http.Caller();
            // Visibility first (404), then role (403), then the body (400): never reveal what the caller may not see.
            var existing = await service.GetAsync(caller, key, ct);
            if (!existing.IsSuccess)
            {
                return ApiResults.Problem(existing.Error!);
            }

            if (!caller.CanWrite)
            {
                return ApiResults.Problem(TpmHub.Core.Common.Error.Forbidden("Stakeholders have read-only access."));
            }

            var draft = request.ToDraft(requireVersion: true);
            if (!draft.IsSuccess)
            {
                return ApiResults.Problem(draft.Error!);
            }

            return ApiResults.From(await service.UpdateAsync(caller, key, draft.Value!, request.Version!.Value, ct),
                p => TypedResults.Ok(ProjectResponse.From(p)));
        }).WithSummary("Replace a project's fields; send the version you read (409 with the current state when stale)");

        api.MapGet("/{key}/members", async (HttpContext http, ProjectService service, string key, CancellationToken ct) =>
            ApiResults.From(await service.MembersAsync(http.Caller(), key, ct))).WithSummary("List a project's members");

        api.MapPost("/{key}/members", async (HttpContext http, ProjectService service, string key, AddMemberRequest request, CancellationToken ct) =>
            ApiResults.From(await service.AddMemberAsync(http.Caller(), key, request.UserId, ct))).WithSummary("Add a member (admins)");

        api.MapDelete("/{key}/members/{userId}", async (HttpContext http, ProjectService service, string key, string userId, CancellationToken ct) =>
            ApiResults.From(await service.RemoveMemberAsync(http.Caller(), key, userId, ct))).WithSummary("Remove a member (admins)");

        api.MapGet("/{key}/history", async (HttpContext http, ProjectService service, string key, CancellationToken ct) =>
            ApiResults.From(await service.HistoryAsync(http.Caller(), key, ct: ct))).WithSummary("The project's audit trail, newest first");

        return app;
    }
}
