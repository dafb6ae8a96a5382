using TpmHub.Web.Features.Common;
using TpmHub.Web.Features.Identity;

namespace TpmHub.Web.Features.Access;

/// <summary>
/// The API's side of the gate. For an endpoint that carries <see cref="ProjectGateMetadata"/> it resolves the route's
/// project key (<c>{key}</c>) or item key (a registered <see cref="ProjectItemKind"/>) once, after authentication and
/// before the endpoint reads its body, answers 404 or 403 with problem details when the caller may not, and otherwise
/// leaves the <see cref="ProjectAccess"/> for the endpoint, which binds it as a parameter.
/// </summary>
public sealed class ProjectGateMiddleware(RequestDelegate next)
{
    private static readonly object AccessItem = new();

    public async Task InvokeAsync(HttpContext context, ProjectGate gate)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(gate);
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<ProjectGateMetadata>();
        if (metadata is null || CurrentUser.From(context.User) is not { } user)
        {
            await next(context);
            return;
        }

        var need = metadata.Need ?? (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) ? AccessNeed.Read : AccessNeed.Write);
        var values = context.Request.RouteValues;
        var result = values.TryGetValue("key", out var key) && key is string projectKey
            ? await gate.ProjectAsync(user, projectKey, need, context.RequestAborted)
            : gate.ItemParameters.FirstOrDefault(values.ContainsKey) is { } parameter
                ? await gate.ItemAsync(user, parameter, values[parameter] as string ?? "", need, context.RequestAborted)
                : throw new InvalidOperationException($"The gated endpoint {context.GetEndpoint()?.DisplayName} names no project or item.");
        if (!result.IsSuccess)
        {
            await ApiResults.Problem(result.Error!).ExecuteAsync(context);
            return;
        }

        context.Items[AccessItem] = result.Value;
        await next(context);
    }

    internal static ProjectAccess AccessOf(HttpContext context) =>
        context.Items.TryGetValue(AccessItem, out var value) && value is ProjectAccess access
            ? access
            : throw new InvalidOperationException("This endpoint takes a ProjectAccess but does not go through the gate: add RequireProjectAccess().");
}
