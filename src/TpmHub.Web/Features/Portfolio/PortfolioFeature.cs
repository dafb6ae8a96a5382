namespace TpmHub.Web.Features.Portfolio;

public static class PortfolioFeature
{
    public static IServiceCollection AddPortfolio(this IServiceCollection services) =>
        services.AddScoped<PortfolioService>().AddScoped<PortfolioRiskService>();
}
