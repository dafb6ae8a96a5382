using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Scalar.AspNetCore;
using TpmHub.Web.Features.Budget;
using TpmHub.Web.Features.Dashboard;
using TpmHub.Web.Features.Health;
using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Communications;
using TpmHub.Web.Features.Decisions;
using TpmHub.Web.Features.Forecasts;
using TpmHub.Web.Features.Meetings;
using TpmHub.Web.Features.People.Capacity;
using TpmHub.Web.Features.People.Certifications;
using TpmHub.Web.Features.People.Directory;
using TpmHub.Web.Features.People.Time;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Portfolio;
using TpmHub.Web.Features.Projects;
using TpmHub.Web.Features.Raci;
using TpmHub.Web.Features.Risks;
using TpmHub.Web.Features.Sharing;
using TpmHub.Web.Features.Stakeholders;
using TpmHub.Web.Features.StatusReports;
using TpmHub.Web.Features.Users;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Items;
using TpmHub.Web.Features.Work.Progress;
using TpmHub.Web.Features.Work.Schedule;

namespace TpmHub.Web.Features.Platform;

public static class ApiFeature
{
    public static IServiceCollection AddTpmHubApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        });
        services.AddProblemDetails();
        services.AddTpmHubApiInput();
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "TpmHub API";
            document.Info.Description = "Projects, portfolio and (as areas land) schedule, RAID, budgets and stakeholders. " +
                "Authenticate with POST /api/v1/auth/login, then send Authorization: Bearer <accessToken>.";
            return Task.CompletedTask;
        }).AddTpmHubTransformers());
        return services;
    }

    public static WebApplication MapTpmHubApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        // Everything from this server (machines without internet): Scalar's bundled script, no web fonts, no telemetry,
        // no AI agent; its one inline start-up script carries a per-request nonce the CSP admits (SecurityHeaders).
        app.MapScalarApiReference("/api/reference", options => options.WithTitle("TpmHub API reference")
            .DisableDefaultFonts().DisableTelemetry().DisableAgent().DisableMcp().WithNonce()
            .AddHeadContent("""<script src="/js/api-reference.js"></script>"""));
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapAuthEndpoints();
        app.MapProjectEndpoints();
        app.MapHealthEndpoints();
        app.MapShareLinkEndpoints();
        app.MapDashboardEndpoints();
        app.MapSharePages();
        app.MapUserEndpoints();
        app.MapPortfolioEndpoints();
        app.MapWorkItemEndpoints();
        app.MapDependencyEndpoints();
        app.MapScheduleEndpoints();
        app.MapBaselineEndpoints();
        app.MapRaidEndpoints();
        app.MapPortfolioRiskEndpoints();
        app.MapProgressEndpoints();
        app.MapBudgetEndpoints();
        app.MapStakeholderEndpoints();
        app.MapRaciEndpoints();
        app.MapCommunicationEndpoints();
        app.MapDecisionEndpoints();
        app.MapPersonEndpoints();
        app.MapCertificationEndpoints();
        app.MapMeetingEndpoints();
        app.MapForecastEndpoints();
        app.MapTimeEndpoints();
        app.MapCapacityEndpoints();
        app.MapStatusReportEndpoints();
        // Unknown API paths answer with problem details rather than the Blazor page router.
        app.Map("/api/{**rest}", () => TypedResults.Problem(title: "Not found", statusCode: StatusCodes.Status404NotFound)).ExcludeFromDescription();
        return app;
    }
}
