using TpmHub.Core.Common;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.People.Capacity;

public static class CapacityEndpoints
{
    public const string Tag = "Capacity";

    public static IEndpointRouteBuilder MapCapacityEndpoints(this IEndpointRouteBuilder app)
    {
        var project = app.MapGroup("/api/v1/projects/{key}/allocations").WithTags(Tag).RequireAuthorization().RequireProjectAccess();
        var one = app.MapGroup($"/api/v1/allocations/{{{CapacityFeature.RouteParameter}}}").WithTags(Tag).RequireAuthorization().RequireProjectAccess();

        project.MapGet("/", async (ProjectAccess access, AllocationService service, CancellationToken ct) => ApiResults.From(await service.ListAsync(access, ct)))
            .Produces<IReadOnlyList<AllocationRow>>().WithSummary("Who is allocated to the project, at what percent of their capacity, from and to");

        project.MapPost("/", async (ProjectAccess access, AllocationService service, AllocationRequest request, CancellationToken ct) =>
                ApiResults.From(await service.CreateAsync(access, request, ct), row => TypedResults.Created($"/api/v1/allocations/{row.Id}", row)))
            .Produces<AllocationRow>(StatusCodes.Status201Created)
            .WithSummary("Allocate a person {personId, percent: 1–100, from, to: yyyy-MM-dd, to on or after from}, or a placeholder: no personId, a role " +
                "and requirements [{kind: skill|certification, name (a skill, or a certification code such as PMP), minLevel: 1–5 for a skill, preferred}]");

        one.MapPut("/", async (ProjectAccess access, AllocationService service, Guid allocationId, AllocationRequest request, CancellationToken ct) =>
                ApiResults.From(await service.UpdateAsync(access, allocationId, request, ct)))
            .Produces<AllocationRow>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Replace an allocation (send the version you read)");

        one.MapGet("/matches", async (ProjectAccess access, AllocationService service, Guid allocationId, CancellationToken ct) =>
                ApiResults.From(await service.MatchesAsync(access, allocationId, ct)))
            .Produces<IReadOnlyList<TpmHub.Core.People.PlaceholderMatch>>()
            .WithSummary("The people who match the allocation's role (every required skill at its level, every required certification valid when it starts) " +
                "and have its percent free in every week of its dates; best first: preferred needs met, skill margin, room");

        one.MapPost("/assign", async (ProjectAccess access, AllocationService service, Guid allocationId, AllocationAssignment assignment, CancellationToken ct) =>
                ApiResults.From(await service.AssignAsync(access, allocationId, assignment, ct)))
            .Produces<AllocationRow>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Fill a placeholder with a person {personId, version}: its percent, dates, role and requirements stay; 409 when it is filled already");

        one.MapDelete("/", async (ProjectAccess access, AllocationService service, Guid allocationId, CancellationToken ct) =>
                ApiResults.From(await service.DeleteAsync(access, allocationId, ct), _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent).WithSummary("Remove an allocation");

        app.MapGet("/api/v1/capacity", async (HttpContext http, CapacityService service, string? from, string? to, string? team, string? skill, int? minLevel,
                int? minFree, CancellationToken ct) =>
            {
                var errors = new ValidationErrors();
                var first = RequestParsing.Date(from, "from", errors);
                var last = RequestParsing.Date(to, "to", errors);
                if (errors.Any)
                {
                    return ApiResults.Problem(errors.ToError());
                }

                var today = DateOnly.FromDateTime(DateTime.Today);
                var start = first ?? today;
                return ApiResults.From(await service.WeeksAsync(http.Caller(), start, last ?? start.AddDays(7 * 12 - 1), team, skill, minLevel, minFree, ct));
            })
            .RequireAuthorization().WithTags(Tag).Produces<IReadOnlyList<CapacityRow>>()
            .WithSummary("Capacity per person per week across the portfolio (leads and admins; ?from, ?to: default 12 weeks from today, at most 104; " +
                "?team, ?skill with ?minLevel 1–5, ?minFree: only people with at least that % free in every week): capacity less time off, " +
                "allocated and assigned-work hours, overAllocated above 100 %");
        app.MapGet("/api/v1/capacity/open-roles", async (HttpContext http, RoleMatchService service, string? from, string? to, CancellationToken ct) =>
            {
                var errors = new ValidationErrors();
                var first = RequestParsing.Date(from, "from", errors);
                var last = RequestParsing.Date(to, "to", errors);
                if (errors.Any)
                {
                    return ApiResults.Problem(errors.ToError());
                }

                var start = first ?? DateOnly.FromDateTime(DateTime.Today);
                return ApiResults.From(await service.OpenRolesAsync(http.Caller(), start, last ?? start.AddDays(7 * 12 - 1), ct));
            })
            .RequireAuthorization().WithTags(Tag).Produces<IReadOnlyList<OpenRole>>()
            .WithSummary("Placeholders still to fill in the projects you see, overlapping ?from–?to (default 12 weeks from today), each with the best " +
                "five people who match it and have room (leads and admins)");
        return app;
    }
}
