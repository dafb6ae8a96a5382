using TpmHub.Core.Forecasts;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Forecasts;

public static class ForecastsFeature
{
    /// <summary>The route parameter that carries a forecast's id; the gate resolves it to the project.</summary>
    public const string RouteParameter = "forecastId";

    public static IServiceCollection AddForecasts(this IServiceCollection services)
    {
        services.AddSingleton<ForecastQueue>();
        services.AddHostedService<ForecastRunner>();
        services.AddScoped<ForecastService>();
        services.AddAuditDescription<ForecastSettings>(s => (s.ProjectId, "forecast settings"));
        services.AddAuditDescription<ForecastRun>(f => (f.ProjectId, $"forecast of {f.CreatedAt:yyyy-MM-dd HH:mm} (seed {f.Seed})"));
        services.AddProjectItemKind(RouteParameter, "Forecast", (db, key) =>
            Guid.TryParse(key, out var id) ? db.Forecasts.Where(f => f.Id == id).Select(f => f.ProjectId) : db.Forecasts.Where(f => false).Select(f => f.ProjectId));
        return services;
    }
}
