using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace TpmHub.Web.Features.Common;

/// <summary>
/// A body that is not JSON sent to a JSON endpoint answers 415. Routing drops an endpoint whose accepted content types do not
/// match the request, and the API's catch-all ("/api/{**rest}", which answers 404) then wins; when that catch-all is all that
/// is left, the request carries a content type, and an endpoint declaring the types it accepts exists for this path and method
/// (JSON endpoints by their body, others such as a CSV import by <c>.Accepts(…, "text/csv")</c>), it is replaced by a 415
/// naming those types.
/// </summary>
public sealed class ApiMediaTypePolicy(EndpointDataSource endpoints) : MatcherPolicy, IEndpointSelectorPolicy
{
    private const string CatchAll = "/api/{**rest}";

    private readonly ConcurrentDictionary<RouteEndpoint, TemplateMatcher> _matchers = new();

    // After the framework's policies, which have already narrowed the candidates by method and content type.
    public override int Order => 10_000;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.Any(IsCatchAll);
    }

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(candidates);
        var request = httpContext.Request;
        if (string.IsNullOrEmpty(request.ContentType))
        {
            return Task.CompletedTask;
        }

        var only = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!candidates.IsValidCandidate(i))
            {
                continue;
            }

            if (only >= 0 || !IsCatchAll(candidates[i].Endpoint))
            {
                return Task.CompletedTask;
            }

            only = i;
        }

        if (only >= 0 && AcceptedContentTypes(request.Path, request.Method) is { } accepted)
        {
            candidates.ReplaceEndpoint(only, new Endpoint(
                // Every API route needs an account: without one the answer is 401, whatever the body (routing runs before authorization).
                http => http.User.Identity?.IsAuthenticated == true
                    ? ApiBadRequestHandler.UnsupportedMediaType(http.Request.ContentType, accepted).ExecuteAsync(http)
                    : TypedResults.Unauthorized().ExecuteAsync(http),
                EndpointMetadataCollection.Empty,
                "415 Unsupported media type"), null);
        }

        return Task.CompletedTask;
    }

    /// <summary>The content types the endpoint for this path and method accepts, or null when none declares any.</summary>
    private IReadOnlyList<string>? AcceptedContentTypes(PathString path, string method)
    {
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            if (IsCatchAll(endpoint)
                || endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not { ContentTypes.Count: > 0 } accepts
                || endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods
                || !methods.HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var matcher = _matchers.GetOrAdd(endpoint, e => new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary()));
            if (matcher.TryMatch(path, new RouteValueDictionary()))
            {
                return accepts.ContentTypes;
            }
        }

        return null;
    }

    private static bool IsCatchAll(Endpoint endpoint) =>
        endpoint is RouteEndpoint { RoutePattern.RawText: CatchAll };
}
