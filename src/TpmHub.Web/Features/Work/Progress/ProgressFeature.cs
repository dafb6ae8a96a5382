using TpmHub.Core.Work;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.Work.Progress;

public static class ProgressFeature
{
    public static IServiceCollection AddProgress(this IServiceCollection services)
    {
        services.AddScoped<ProgressService>();
        services.AddAuditDescription<ProgressEntry>(p => (p.ProjectId, $"progress {p.PercentComplete}% as of {p.AsOf:yyyy-MM-dd}"));
        return services;
    }
}
