using TpmHub.Core.Raci;
using TpmHub.Web.Data;

namespace TpmHub.Web.Features.Raci;

public static class RaciFeature
{
    public static IServiceCollection AddRaci(this IServiceCollection services)
    {
        services.AddScoped<RaciService>();
        services.AddAuditDescription<RaciCell>(c => (c.ProjectId, c.AuditName.Length > 0 ? c.AuditName : c.WorkItemId.ToString()));
        return services;
    }
}
