using TpmHub.Core.Work;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;

namespace TpmHub.Web.Features.Work.Items;

public static class WorkItemsFeature
{
    /// <summary>The route parameter that carries a work item's key (<c>CLD-42</c>); the gate resolves it to the project.</summary>
    public const string RouteParameter = "itemKey";

    public static IServiceCollection AddWorkItems(this IServiceCollection services)
    {
        services.AddScoped<WorkItemService>();
        services.AddAuditDescription<WorkItem>(w => (w.ProjectId, w.Key));
        services.AddProjectItemKind(RouteParameter, "Work item", (db, key) => db.WorkItems.Where(w => w.Key == key).Select(w => w.ProjectId));
        return services;
    }
}
