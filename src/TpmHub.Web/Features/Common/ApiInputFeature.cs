using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TpmHub.Web.Features.Common;

/// <summary>How the API answers a request it cannot read: field-named problem details, never an empty 400 (decision 0006).</summary>
public static class ApiInputFeature
{
    public static IServiceCollection AddTpmHubApiInput(this IServiceCollection services)
    {
        // Binding failures throw, so ApiBadRequestHandler (run by the API's UseExceptionHandler) can name the field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ApiBadRequestHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, ApiMediaTypePolicy>());
        return services;
    }
}
