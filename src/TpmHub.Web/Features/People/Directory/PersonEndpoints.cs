using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.People.Directory;

/// <summary>
/// The people of the portfolio (not per project, so not behind the project gate): any signed-in user reads, stakeholders
/// names, titles and teams only; admins and team leads write.
/// </summary>
public static class PersonEndpoints
{
    public const string Tag = "People";

    public static IEndpointRouteBuilder MapPersonEndpoints(this IEndpointRouteBuilder app)
    {
        var people = app.MapGroup("/api/v1/people").WithTags(Tag).RequireAuthorization();

        people.MapGet("/", async (HttpContext http, PersonService service, string? team, string? skill, int? minLevel, string? search, int? page, int? pageSize,
                CancellationToken ct) =>
            {
                if (ApiResults.CheckPaging(page, pageSize) is { } paging)
                {
                    return ApiResults.Problem(paging);
                }

                return ApiResults.From(await service.ListAsync(http.Caller(), new PersonQuery(team, skill, minLevel, search, page ?? 1, pageSize ?? 50), ct));
            })
            .Produces<PagedResult<PersonRow>>()
            .WithSummary("People by name (paged: page, pageSize ≤ 200); ?team= (exact), ?skill=&minLevel= (a skill at that level or above; leads and admins), ?search= (name, title, email). Stakeholders get names, titles and teams only");

        people.MapPost("/", async (HttpContext http, PersonService service, PersonRequest request, CancellationToken ct) =>
                ApiResults.From(await service.CreateAsync(http.Caller(), request, ct), row => TypedResults.Created($"/api/v1/people/{row.Id}", row)))
            .Produces<PersonRow>(StatusCodes.Status201Created)
            .WithSummary("Add a person (admins, team leads): capacity 0–168 h/week, costRate > 0 in costCurrency (ISO 4217) from costRateFrom (today when absent), skills [{name, level 1–5}], timeOff [{from, to, kind}]");

        people.MapGet("/{id:guid}", async (HttpContext http, PersonService service, Guid id, CancellationToken ct) =>
                ApiResults.From(await service.GetAsync(http.Caller(), id, ct)))
            .Produces<PersonRow>().WithSummary("Get a person with rate history, skills and time off (stakeholders: name, title and team only)");

        people.MapPut("/{id:guid}", async (HttpContext http, PersonService service, Guid id, PersonRequest request, CancellationToken ct) =>
                ApiResults.From(await service.UpdateAsync(http.Caller(), id, request, ct)))
            .Produces<PersonRow>()
            .WithSummary("Replace a person (send the version you read); a different costRate or costCurrency adds a rate from costRateFrom (today when absent) and keeps the history; skills or timeOff left out are kept");

        people.MapDelete("/{id:guid}", async (HttpContext http, PersonService service, Guid id, CancellationToken ct) =>
                ApiResults.From(await service.DeleteAsync(http.Caller(), id, ct), _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Delete a person with their skills, rates, time off and credentials; refused (409) while time entries are booked to them");

        return app;
    }
}
