namespace TpmHub.Web.Features.Users;

public static class UsersFeature
{
    public static IServiceCollection AddUsers(this IServiceCollection services) => services.AddScoped<UserService>();
}
