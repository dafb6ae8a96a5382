namespace TpmHub.Web.Features.Risks;

public static class RisksFeature
{
    public static IServiceCollection AddRisks(this IServiceCollection services) => services.AddScoped<RaidService>();
}
