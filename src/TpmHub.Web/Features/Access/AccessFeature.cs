using TpmHub.Web.Data;

namespace TpmHub.Web.Features.Access;

public static class AccessFeature
{
    public static IServiceCollection AddAccess(this IServiceCollection services) => services.AddScoped<ProjectGate>();

    /// <summary>Lets the gate resolve keys of a kind of item to their project (see <see cref="ProjectItemKind"/>).</summary>
    public static IServiceCollection AddProjectItemKind(this IServiceCollection services, string routeParameter, string noun,
        Func<TpmHubDbContext, string, IQueryable<Guid>> projectIdOf) =>
        services.AddSingleton(new ProjectItemKind(routeParameter, noun, projectIdOf));

    /// <summary>Every endpoint of this group (or this endpoint) goes through the gate; <paramref name="need"/> overrides the method's default.</summary>
    public static TBuilder RequireProjectAccess<TBuilder>(this TBuilder builder, AccessNeed? need = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProjectGateMetadata(need));

    /// <summary>After authentication and authorization, before the endpoints.</summary>
    public static IApplicationBuilder UseProjectGate(this IApplicationBuilder app) => app.UseMiddleware<ProjectGateMiddleware>();
}
