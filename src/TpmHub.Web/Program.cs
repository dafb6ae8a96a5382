using MudBlazor.Services;
using TpmHub.Web.Components;
using TpmHub.Web.Data;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Platform;
using TpmHub.Web.Features.Projects;
using TpmHub.Web.Features.Risks;
using TpmHub.Web.Features.Users;
using TpmHub.Web.Features.Work;
using TpmHub.Web.Features.Work.Items;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Schedule;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Gantt;

var command = TpmHubCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArgs);
builder.AddTpmHubLogging();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<PrerenderHandoff>();
builder.Services.AddTpmHubData(builder.Configuration);
builder.Services.AddTpmHubIdentity();
builder.Services.AddTpmHubApi();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddProjects();
builder.Services.AddUsers();
builder.Services.AddWork();
builder.Services.AddRisks();
builder.Services.AddScoped<DemoSeeder>();
builder.Services.AddScoped<LargeSeeder>();

var app = builder.Build();

if (command.Migrate)
{
    await DatabaseCommands.MigrateAsync(app.Services);
    Console.WriteLine("Migrations applied.");
}

string? demoPassword = null;
if (command.SeedDemo)
{
    demoPassword = await DatabaseCommands.SeedDemoAsync(app.Services, Environment.GetEnvironmentVariable("TPMHUB_DEMO_PASSWORD"));
}

if (command.SeedLarge)
{
    await using var scope = app.Services.CreateAsyncScope();
    Console.WriteLine(await scope.ServiceProvider.GetRequiredService<LargeSeeder>().SeedAsync(command.LargeSeed));
}

if (command.ExitAfterMaintenance)
{
    if (demoPassword is not null)
    {
        Banner.PrintLogins(demoPassword);
    }

    return;
}

app.UseTpmHubRequestLogging();
app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler());
app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), pages => pages.UseExceptionHandler("/error", createScopeForErrors: true));
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapTpmHubApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.StartAsync();
if (command.Banner)
{
    Banner.PrintReady(app.Urls, demoPassword);
}

await app.WaitForShutdownAsync();

/// <summary>The app's entry point; public so the test projects can host it with WebApplicationFactory.</summary>
public partial class Program;
