using TpmHub.Web.Data;
using TpmHub.Web.Features.Access;
using TpmHub.Web.Features.Budget;
using TpmHub.Web.Features.Dashboard;
using TpmHub.Web.Features.Health;
using TpmHub.Web.Features.Communications;
using TpmHub.Web.Features.Decisions;
using TpmHub.Web.Features.Forecasts;
using TpmHub.Web.Features.Meetings;
using TpmHub.Web.Features.People.Capacity;
using TpmHub.Web.Features.People.Certifications;
using TpmHub.Web.Features.People.Directory;
using TpmHub.Web.Features.People.Time;
using TpmHub.Web.Features.Identity;
using TpmHub.Web.Features.Platform;
using TpmHub.Web.Features.Portfolio;
using TpmHub.Web.Features.Projects;
using TpmHub.Web.Features.Raci;
using TpmHub.Web.Features.Risks;
using TpmHub.Web.Features.Sharing;
using TpmHub.Web.Features.Stakeholders;
using TpmHub.Web.Features.StatusReports;
using TpmHub.Web.Features.Users;
using TpmHub.Web.Features.Work.Baselines;
using TpmHub.Web.Features.Work.Dependencies;
using TpmHub.Web.Features.Work.Gantt;
using TpmHub.Web.Features.Work.Items;
using TpmHub.Web.Features.Work.Progress;
using TpmHub.Web.Features.Work.Schedule;
using TpmHub.Web.Seeding;

var command = TpmHubCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArgs);
builder.AddTpmHubLogging();
builder.Services.AddTpmHubPlatform();
builder.Services.AddTpmHubData(builder.Configuration);
builder.Services.AddTpmHubIdentity();
builder.Services.AddTpmHubApi();
builder.Services.AddAccess();

builder.Services.AddProjects();
builder.Services.AddProjectHealth();
builder.Services.AddProjectDashboard();
builder.Services.AddSharing();
builder.Services.AddPortfolio();
builder.Services.AddUsers();
builder.Services.AddWorkItems();
builder.Services.AddDependencies();
builder.Services.AddSchedule();
builder.Services.AddBaselines();
builder.Services.AddGantt();
builder.Services.AddRisks();
builder.Services.AddProgress();
builder.Services.AddBudget();
builder.Services.AddStakeholders();
builder.Services.AddRaci();
builder.Services.AddCommunications();
builder.Services.AddDecisions();
builder.Services.AddMeetings();
builder.Services.AddForecasts();
builder.Services.AddTime();
builder.Services.AddCapacity();
builder.Services.AddStatusReports();
builder.Services.AddPeople();
builder.Services.AddCertifications();
builder.Services.AddSeeding();

var app = builder.Build();

var (demoPassword, exit) = await app.RunMaintenanceAsync(command);
if (exit)
{
    return;
}

app.UseTpmHubPipeline();
app.MapTpmHub();

await app.StartAsync();
if (command.Banner)
{
    Banner.PrintReady(app.Urls, demoPassword);
}

await app.WaitForShutdownAsync();

/// <summary>The app's entry point; public so the test projects can host it with WebApplicationFactory.</summary>
public partial class Program;
