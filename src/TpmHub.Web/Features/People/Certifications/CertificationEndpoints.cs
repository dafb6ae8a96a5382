using TpmHub.Core.Certifications;
using TpmHub.Core.Common;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.People.Certifications;

/// <summary>
/// The certification catalogue and people's credentials (portfolio-wide, not behind the project gate): the catalogue is
/// read by anyone signed in and extended by admins; credentials are read and written by admins and team leads only.
/// </summary>
public static class CertificationEndpoints
{
    public const string CatalogueTag = "Certifications";
    public const string CredentialTag = "Credentials";

    public static IEndpointRouteBuilder MapCertificationEndpoints(this IEndpointRouteBuilder app)
    {
        var catalogue = app.MapGroup("/api/v1/certifications").WithTags(CatalogueTag).RequireAuthorization();
        catalogue.MapGet("/", async (CertificationService service, CancellationToken ct) => TypedResults.Ok(await service.CatalogueAsync(ct)))
            .WithSummary("The certification catalogue: issuing body, renewal cycle in years (null: never expires), units required per cycle and their name, holders");
        catalogue.MapPost("/", async (HttpContext http, CertificationService service, CertificationRequest request, CancellationToken ct) =>
                ApiResults.From(await service.AddCertificationAsync(http.Caller(), request, ct), row => TypedResults.Created("/api/v1/certifications", row)))
            .Produces<CertificationRow>(StatusCodes.Status201Created)
            .WithSummary("Add a certification to the catalogue (admins): {code, name, issuingBody, renewalYears 1–10?, unitsRequired 1–1000?, unitName}");

        app.MapGet("/api/v1/people/{id:guid}/credentials", async (HttpContext http, CertificationService service, Guid id, CancellationToken ct) =>
                ApiResults.From(await service.ListForPersonAsync(http.Caller(), id, ct)))
            .RequireAuthorization().WithTags(CredentialTag).Produces<IReadOnlyList<CredentialRow>>()
            .WithSummary("A person's credentials, soonest expiry first, with status and units (admins, team leads)");
        app.MapPost("/api/v1/people/{id:guid}/credentials", async (HttpContext http, CertificationService service, Guid id, CredentialRequest request, CancellationToken ct) =>
                ApiResults.From(await service.CreateAsync(http.Caller(), id, request, ct), row => TypedResults.Created($"/api/v1/credentials/{row.Id}", row)))
            .RequireAuthorization().WithTags(CredentialTag).Produces<CredentialRow>(StatusCodes.Status201Created)
            .WithSummary("Record a credential {certification (code or id), credentialId, earnedOn, expiresOn?}; without expiresOn it expires a renewal cycle after earnedOn (admins, team leads)");

        var credentials = app.MapGroup("/api/v1/credentials").WithTags(CredentialTag).RequireAuthorization();
        credentials.MapGet("/", async (HttpContext http, CertificationService service, string? status, string? certification, CancellationToken ct) =>
            {
                var errors = new ValidationErrors();
                var wanted = RequestParsing.Enum<CredentialStatus>(status, "status", errors);
                return errors.Any ? ApiResults.Problem(errors.ToError()) : ApiResults.From(await service.ListAsync(http.Caller(), wanted, certification, ct));
            })
            .Produces<IReadOnlyList<CredentialRow>>()
            .WithSummary("Credentials across people, soonest expiry first; ?status=valid|expiringSoon|expired|noExpiry (expiringSoon: within 90 days), ?certification=PMP (admins, team leads)");
        credentials.MapGet("/{id:guid}", async (HttpContext http, CertificationService service, Guid id, CancellationToken ct) =>
                ApiResults.From(await service.GetAsync(http.Caller(), id, ct)))
            .Produces<CredentialRow>().WithSummary("Get a credential with its logged units (admins, team leads)");
        credentials.MapPut("/{id:guid}", async (HttpContext http, CertificationService service, Guid id, CredentialRequest request, CancellationToken ct) =>
                ApiResults.From(await service.UpdateAsync(http.Caller(), id, request, ct)))
            .Produces<CredentialRow>().WithSummary("Replace a credential (send the version you read); to record a renewal, move expiresOn on (admins, team leads)");
        credentials.MapDelete("/{id:guid}", async (HttpContext http, CertificationService service, Guid id, CancellationToken ct) =>
                ApiResults.From(await service.DeleteAsync(http.Caller(), id, ct), _ => TypedResults.NoContent()))
            .Produces(StatusCodes.Status204NoContent).WithSummary("Delete a credential and its logged units (admins, team leads)");
        credentials.MapPost("/{id:guid}/units", async (HttpContext http, CertificationService service, Guid id, CredentialUnitRequest request, CancellationToken ct) =>
                ApiResults.From(await service.LogUnitsAsync(http.Caller(), id, request, ct), row => TypedResults.Created($"/api/v1/credentials/{row.Id}", row)))
            .Produces<CredentialRow>(StatusCodes.Status201Created)
            .WithSummary("Log continuing-education hours {date, hours (0 < h ≤ 1000), activity} dated within the credential's current cycle; answers the credential (admins, team leads)");
        credentials.MapDelete("/{id:guid}/units/{unitId:guid}", async (HttpContext http, CertificationService service, Guid id, Guid unitId, CancellationToken ct) =>
                ApiResults.From(await service.DeleteUnitAsync(http.Caller(), id, unitId, ct)))
            .Produces<CredentialRow>().WithSummary("Remove logged hours; answers the credential (admins, team leads)");
        return app;
    }
}
