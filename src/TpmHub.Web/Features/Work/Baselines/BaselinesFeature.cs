using TpmHub.Core.Work;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.Work.Baselines;

public static class BaselinesFeature
{
    public static IServiceCollection AddBaselines(this IServiceCollection services)
    {
        services.AddScoped<BaselineService>();
        services.AddAuditDescription<Baseline>(b => (b.ProjectId, b.Name));
        return services;
    }
}
